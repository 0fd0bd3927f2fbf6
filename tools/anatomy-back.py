#!/usr/bin/env python3
"""Writes media/anatomy/back.json: the back seen from behind, in layers.

The drawing is data (SVG path strings) so the kiosk draws it with the theme's colours; this script
is where its geometry is worked out (vertebrae from their levels, ribs from their curves, muscle
fibres along their pull). Run it from the repository root after changing a number:

    python3 tools/anatomy-back.py            # writes media/anatomy/back.json
    python3 tools/anatomy-back.py --svg F    # also a preview SVG with rough colours

Units: a 400 x 640 box; x = 200 is the midline; the person's left is the drawing's left
(seen from behind). Shapes with "mirror" are drawn on both sides.
"""
import json
import math
import sys

W, H = 400, 640
MID = 200.0

# --- levels of the spine (y of the top of each vertebra, and its height) -------------------
CERVICAL = [(f"c{i}", 76 + (i - 2) * 9.4, 8.0) for i in range(2, 8)]          # C2..C7
THORACIC = [(f"t{i}", 133 + (i - 1) * 19.6, 17.5) for i in range(1, 13)]      # T1..T12
LUMBAR = [(f"l{i}", 370 + (i - 1) * 21.6, 19.5) for i in range(1, 6)]         # L1..L5
LEVEL = {name: (y, h) for name, y, h in CERVICAL + THORACIC + LUMBAR}
SACRUM_TOP = 479.0


def top(level):
    return LEVEL[level][0]


def mid(level):
    y, h = LEVEL[level]
    return y + h / 2


def f(v):
    return f"{v:.1f}".rstrip("0").rstrip(".")


def pts(points):
    return " ".join(f"{f(x)} {f(y)}" for x, y in points)


def poly(points):
    return "M " + pts(points[:1]) + " L " + pts(points[1:]) + " Z"


def line(points):
    return "M " + pts(points[:1]) + " L " + pts(points[1:])


def bez(p0, p1, p2, p3, n=10):
    out = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t ** 2
        d = t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def band(centre, w0, w1):
    """A filled band along a polyline, tapering from width w0 to w1."""
    left, right = [], []
    n = len(centre)
    for i, (x, y) in enumerate(centre):
        xa, ya = centre[max(0, i - 1)]
        xb, yb = centre[min(n - 1, i + 1)]
        dx, dy = xb - xa, yb - ya
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length, dx / length
        w = (w0 + (w1 - w0) * i / (n - 1)) / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return poly(left + right[::-1])


def ellipse(cx, cy, rx, ry):
    return (f"M {f(cx - rx)} {f(cy)} A {f(rx)} {f(ry)} 0 1 1 {f(cx + rx)} {f(cy)} "
            f"A {f(rx)} {f(ry)} 0 1 1 {f(cx - rx)} {f(cy)} Z")


shapes = []


MAX_PATH = 1900  # the loader refuses texts over 2,000 characters


def shape(kind, path, region=None, layer=None, mirror=False, id=None):
    """Adds a shape; a path too long for one shape is split at its sub-paths into several."""
    if len(path) > MAX_PATH:
        parts, chunk = [], ""
        for sub in ["M" + p for p in path.split("M") if p.strip()]:
            if chunk and len(chunk) + len(sub) > MAX_PATH:
                parts.append(chunk.strip())
                chunk = ""
            chunk += " " + sub
        parts.append(chunk.strip())
        if len(parts) > 1:
            for k, part in enumerate(parts):
                shape(kind, part, region, layer, mirror, id if k == 0 or not id else f"{id}-{k + 1}")
            return
        raise ValueError(f"{id}: one sub-path is longer than {MAX_PATH} characters")
    s = {"kind": kind}
    if id:
        s["id"] = id
    if region:
        s["region"] = region
    if layer:
        s["layer"] = layer
    if mirror:
        s["mirror"] = True
    s["path"] = path
    shapes.append(s)


# --- the body outline: head, neck, shoulders, trunk, hips ---------------------------------
shape("outline", ellipse(MID, 44, 31, 38), id="head-outline")
body_left = (bez((178, 66), (178, 96), (176, 112), (150, 124))
             + bez((150, 124), (118, 132), (84, 132), (70, 152))[1:]
             + bez((70, 152), (58, 168), (62, 196), (76, 214))[1:]
             + bez((76, 214), (82, 260), (92, 330), (104, 392))[1:]
             + bez((104, 392), (110, 420), (86, 470), (88, 520))[1:]
             + bez((88, 520), (88, 560), (94, 600), (100, 632))[1:])
body = body_left + [(2 * MID - x, y) for x, y in reversed(body_left)]
shape("outline", poly(body), id="trunk-outline")

# --- bones ---------------------------------------------------------------------------------
# Ribs first, so the spine and the shoulder blades lie over their inner ends.
for i in range(1, 13):
    y0 = mid(f"t{i}")
    reach = [0, 30, 44, 56, 64, 70, 74, 76, 76, 74, 70, 52, 38][i]
    drop = [0, 16, 22, 28, 34, 38, 42, 46, 48, 48, 46, 30, 20][i]
    x0 = MID - 15
    centre = bez((x0, y0), (x0 - reach * 0.45, y0 - 5), (x0 - reach * 0.95, y0 + drop * 0.35),
                 (x0 - reach, y0 + drop), 14)
    width = 7.0 if i < 11 else 5.5
    shape("bone", band(centre, width, width * 0.7), layer="bone", mirror=True, id=f"rib-{i}")

# The shoulder blade: a triangle of bone with its spine (the ridge) and the acromion.
scapula = (bez((160, 150), (148, 146), (124, 150), (108, 158))
           + bez((108, 158), (100, 166), (104, 176), (112, 182))[1:]
           + bez((112, 182), (126, 214), (140, 246), (150, 268))[1:]
           + bez((150, 268), (156, 252), (158, 206), (162, 156))[1:])
shape("bone", poly(scapula), layer="bone", mirror=True, id="shoulder-blade")
shape("bone", band(bez((160, 178), (136, 168), (112, 154), (94, 146), 10), 6, 9), layer="bone", mirror=True,
      id="shoulder-blade-spine")
shape("bone", ellipse(90, 147, 9, 6), layer="bone", mirror=True, id="acromion")

# The pelvis: the hip bone's wing (ilium) with its crest, and the sacrum between the two.
ilium = (bez((184, 480), (174, 450), (156, 430), (132, 428))
         + bez((132, 428), (114, 428), (104, 440), (106, 456))[1:]
         + bez((106, 456), (108, 476), (120, 496), (138, 512))[1:]
         + bez((138, 512), (148, 506), (156, 498), (168, 496))[1:]
         + bez((168, 496), (176, 494), (181, 490), (184, 486))[1:])
shape("bone", poly(ilium), layer="bone", mirror=True, id="hip-bone")
sacrum = [(172, SACRUM_TOP), (228, SACRUM_TOP), (224, 500), (214, 530), (206, 548), (194, 548), (186, 530), (176, 500)]
shape("bone", poly(sacrum), layer="bone", id="sacrum")
holes = " ".join(ellipse(MID + side * (16 - k * 2.5), 492 + k * 14, 3, 2.4) for k in range(4) for side in (-1, 1))
shape("faint", holes, layer="bone", id="sacrum-holes")
shape("bone", poly([(194, 550), (206, 550), (203, 566), (197, 566)]), layer="bone", id="tailbone")


def vertebra(level):
    """A vertebra seen from behind: the arch with its side wings and the bump you feel."""
    y, h = LEVEL[level]
    part = level[0]
    if part == "c":
        arch, wing, spine_w, spine_len = 8, 15, 3.5, h * 0.7
    elif part == "t":
        n = int(level[1:])
        arch, wing, spine_w, spine_len = 9, 21 - n * 0.25, 4, h * (0.95 if 4 <= n <= 9 else 0.75)
    else:
        n = int(level[1:])
        arch, wing, spine_w, spine_len = 11, 22 + n * 1.2, 6, h * 0.55
    wt, wb = y + h * 0.18, y + h * 0.45
    outline = [
        (MID - arch, y), (MID + arch, y),
        (MID + arch + 2, wt), (MID + wing, wt - 1.5), (MID + wing + 2, (wt + wb) / 2), (MID + wing, wb + 1),
        (MID + arch + 2, wb), (MID + arch, y + h * 0.8),
        (MID + spine_w, y + h * 0.8), (MID + spine_w * 0.6, y + h * 0.8 + spine_len), (MID - spine_w * 0.6, y + h * 0.8 + spine_len),
        (MID - spine_w, y + h * 0.8),
        (MID - arch, y + h * 0.8), (MID - arch - 2, wb), (MID - wing, wb + 1), (MID - wing - 2, (wt + wb) / 2),
        (MID - wing, wt - 1.5), (MID - arch - 2, wt),
    ]
    if part == "c":  # the neck's vertebrae are small; no long side wings
        outline = [p for p in outline]
    return poly(outline)


shape("bone", " ".join(vertebra(name) for name, _, _ in CERVICAL + THORACIC + LUMBAR), layer="bone", id="spine")

# --- deep layer: the multifidi, short slips in the groove beside the bumps of the spine ------
levels = [name for name, _, _ in CERVICAL[2:] + THORACIC + LUMBAR]


def groove_width(y):
    """How far from the midline the multifidi reach: thin in the neck and chest, thick low down."""
    if y < 360:
        return 17 + (y - 100) * 0.012
    if y < 470:
        return 20 + (y - 360) * 0.15
    return 36.5 - (y - 470) * 0.25


ys = [y for y in range(100, 541, 10)]
outer = [(MID - 5 - groove_width(y), y) for y in ys]
outer[-1] = (MID - 18, 540)
multifidi = [(MID - 5, 96)] + outer + [(MID - 5, 545)]
shape("muscle", poly(multifidi), region="multifidi", layer="deep", mirror=True, id="multifidi-column")
# Each slip runs from a side wing up and in to a bump two to four levels higher.
slips = []
for i in range(3, len(levels)):
    y_from = mid(levels[i]) + 2
    y_to = top(levels[i - 3]) + 4
    w = groove_width(y_from)
    slips.append(line([(MID - 5 - w * 0.92, y_from), (MID - 6, y_to)]))
for k in range(5):  # from the back of the sacrum
    y_from = 496 + k * 10
    slips.append(line([(MID - 5 - groove_width(y_from) * 0.9, y_from), (MID - 6, top("l4") + k * 8)]))
shape("fibre", " ".join(slips), region="multifidi", layer="deep", mirror=True, id="multifidi-slips")

# --- middle layer: the erector spinae, three long columns on each side -----------------------
# From the midline out: spinalis, longissimus, iliocostalis. Low down they share one thick tendon
# on the sacrum and the back of the hip bone.
def column(inner, outer_, y_top, y_bottom, bulge_inner=None, bulge_outer=None):
    """A long column between two edges given as functions of y."""
    ys_ = [y_top + (y_bottom - y_top) * k / 24 for k in range(25)]
    return [(inner(y), y) for y in ys_], [(outer_(y), y) for y in ys_]


def lerp(a, b, t):
    return a + (b - a) * t


def spinalis_in(y):
    return MID - 8


def spinalis_out(y):
    t = (y - 140) / (360 - 140)
    return MID - 8 - 14 * math.sin(math.pi * min(max(t, 0), 1)) - 3


def longissimus_in(y):
    if y < 150:
        return MID - 24 + (150 - y) * 0.05
    if y > 360:
        return MID - 10 - max(0, (y - 430)) * 0.05
    return spinalis_out(y) - 0.5 if y > 140 else MID - 24


def longissimus_out(y):
    if y < 150:
        return MID - 30 - (y - 100) * 0.14
    if y < 380:
        return MID - 37 - math.sin(math.pi * (y - 150) / 460) * 8
    return MID - 45 - (y - 380) * 0.1 + max(0, y - 450) * 0.55


def iliocostalis_out(y):
    if y < 170:
        return MID - 36 - (y - 110) * 0.42
    if y < 360:
        return MID - 62 - (y - 170) * 0.05
    return MID - 71 + (y - 360) * 0.08 + max(0, y - 410) * 0.5


def taper(y, y_top, y_bottom, top_len=34, bottom_len=24):
    """How much of a column's width shows at y: muscles narrow into their tendons at both ends."""
    t = min(1.0, (y - y_top) / top_len, (y_bottom - y) / bottom_len)
    return 0.2 + 0.8 * math.sin(math.pi / 2 * max(0.0, t))


def region_between(inner, outer_, y_top, y_bottom, n=32):
    ys_ = [y_top + (y_bottom - y_top) * k / n for k in range(n + 1)]
    left, right = [], []
    for y in ys_:
        a, b = inner(y), outer_(y)
        mid_, half = (a + b) / 2, (a - b) / 2 * taper(y, y_top, y_bottom)
        left.append((mid_ - half, y))
        right.append((mid_ + half, y))
    return left + right[::-1]


def fibres(inner, outer_, y_top, y_bottom, count, slant=0.0):
    out = []
    for k in range(1, count + 1):
        t = k / (count + 1)
        path = []
        for j in range(13):
            y = lerp(y_top + 6, y_bottom - 6, j / 12)
            x = lerp(inner(y), outer_(y), t) - slant * (j / 12 - 0.5)
            path.append((x, y))
        out.append(line(path))
    return " ".join(out)


sp_top, sp_bottom = 142, 376
shape("muscle", poly(region_between(spinalis_in, spinalis_out, sp_top, sp_bottom)), region="spinalis",
      layer="middle", mirror=True, id="spinalis-column")
shape("fibre", fibres(spinalis_in, spinalis_out, sp_top, sp_bottom, 2), region="spinalis", layer="middle",
      mirror=True, id="spinalis-fibres")

lo_top, lo_bottom = 120, 500


def lo_in(y):
    return longissimus_in(y) if y < 376 else MID - 12


def ilio_in(y):
    return longissimus_out(y) - 0.5


il_top, il_bottom = 150, 452
shape("muscle", poly(region_between(ilio_in, iliocostalis_out, il_top, il_bottom)), region="iliocostalis",
      layer="middle", mirror=True, id="iliocostalis-column")
shape("fibre", fibres(ilio_in, iliocostalis_out, il_top, il_bottom, 3, slant=-6), region="iliocostalis",
      layer="middle", mirror=True, id="iliocostalis-fibres")
shape("muscle", poly(region_between(lo_in, longissimus_out, lo_top, lo_bottom)), region="longissimus",
      layer="middle", mirror=True, id="longissimus-column")
shape("fibre", fibres(lo_in, longissimus_out, lo_top, lo_bottom, 3), region="longissimus", layer="middle",
      mirror=True, id="longissimus-fibres")
# Their shared tendon low on the back, over the sacrum.
shape("tendon", poly(bez((MID - 12, 432), (MID - 24, 440), (MID - 36, 452), (MID - 36, 470))
                     + bez((MID - 36, 470), (MID - 34, 490), (MID - 24, 506), (MID - 12, 522))[1:]), region="erector-spinae",
      layer="middle", mirror=True, id="erector-tendon")

# --- surface layer: latissimus dorsi, then the trapezius over its top ------------------------
# Other muscles over the shoulder blade, drawn plainly: not part of this lesson.
shape("other-muscle", poly(bez((100, 152), (120, 150), (150, 166), (166, 182))
                           + bez((166, 182), (174, 214), (178, 240), (180, 256))[1:]
                           + bez((180, 256), (160, 262), (140, 250), (126, 226))[1:]
                           + bez((126, 226), (114, 206), (102, 186), (96, 166))[1:]),
      layer="surface", mirror=True, id="shoulder-blade-muscles")
lat_outline = (bez((200, 250), (172, 248), (150, 262), (128, 226))           # upper edge, over the blade's tip
               + bez((130, 232), (112, 206), (96, 188), (80, 178))[1:]       # to the armpit
               + [(70, 186)]                                              # its tendon on the upper arm
               + bez((70, 186), (78, 226), (92, 330), (106, 408))[1:]        # down the side
               + bez((106, 408), (112, 424), (120, 428), (130, 426))[1:]     # onto the hip bone's crest
               + bez((130, 426), (140, 472), (170, 532), (200, 552))[1:])    # the broad tendon to the sacrum
shape("muscle", poly(lat_outline + [(200, 250)]), region="latissimus-dorsi", layer="surface", mirror=True,
      id="latissimus-muscle")
lat_tendon = (bez((200, 300), (186, 340), (160, 380), (136, 424))
              + bez((136, 424), (144, 472), (170, 532), (200, 552))[1:])
shape("tendon", poly(lat_tendon), region="latissimus-dorsi", layer="surface", mirror=True, id="latissimus-tendon")
lat_fibres = []
for k in range(8):
    t = (k + 0.5) / 8
    # from the spine/tendon edge to the armpit
    start = bez((200, 270), (196, 290), (186, 340), (150, 400), 8)[min(8, int(t * 8))]
    start = (lerp(start[0], 112 + t * 4, 0.08), start[1])
    lat_fibres.append(line(bez(start, (start[0] - 30, start[1] - 40), (96, 210 + k * 3), (80, 186 + k * 1.2), 8)))
shape("fibre", " ".join(lat_fibres), region="latissimus-dorsi", layer="surface", mirror=True, id="latissimus-fibres")

trap = (bez((200, 60), (188, 64), (184, 80), (180, 104))                    # up the neck to the skull
        + bez((180, 104), (168, 124), (124, 130), (92, 138))[1:]            # over the shoulder to the acromion
        + bez((92, 138), (96, 148), (98, 152), (104, 154))[1:]
        + bez((104, 154), (124, 160), (144, 170), (162, 180))[1:]          # along the blade's ridge
        + bez((162, 180), (176, 230), (190, 300), (200, 350))[1:])          # down to the last rib level
shape("muscle", poly(trap), region="trapezius", layer="surface", mirror=True, id="trapezius-muscle")
shape("tendon", poly([(200, 118), (190, 128), (188, 150), (194, 172), (200, 178)]), region="trapezius",
      layer="surface", mirror=True, id="trapezius-tendon")
trap_fibres = []
for k in range(11):
    t = k / 10
    origin = (199, lerp(96, 340, t ** 1.1))
    if t < 0.3:   # upper fibres: down and out to the shoulder
        end = (lerp(108, 96, t / 0.3), lerp(134, 142, t / 0.3))
    elif t < 0.5:  # middle fibres: straight out to the ridge
        end = (lerp(110, 140, (t - 0.3) / 0.2), lerp(156, 166, (t - 0.3) / 0.2))
    else:          # lower fibres: up and out to the ridge's inner end
        end = (lerp(148, 162, (t - 0.5) / 0.5), lerp(172, 184, (t - 0.5) / 0.5))
    c = ((origin[0] + end[0]) / 2 + 2, (origin[1] + end[1]) / 2 + (6 if t < 0.3 else -4))
    trap_fibres.append(line([(origin[0] - 3, origin[1]), c, end]))
shape("fibre", " ".join(trap_fibres), region="trapezius", layer="surface", mirror=True, id="trapezius-fibres")

drawing = {"width": W, "height": H, "shapes": shapes}
with open("media/anatomy/back.json", "w") as out:
    json.dump(drawing, out, indent=2)
    out.write("\n")

if "--svg" in sys.argv:
    colours = {"outline": ("#f1e4da", "#9c8b80"), "bone": ("#fbf8f1", "#a59f94"), "faint": ("none", "#c8bcb2"),
               "fibre": ("none", "#8a4f3a"), "tendon": ("#eadfcf", "#a08a74"), "other-muscle": ("#dcc0b0", "#b09a8c")}
    layer_fill = {"surface": "#cf9479", "middle": "#c07659", "deep": "#9c5b45"}
    shown = sys.argv[sys.argv.index("--svg") + 2] if len(sys.argv) > sys.argv.index("--svg") + 2 else "surface"
    order = ["surface", "middle", "deep", "bone"]
    body_svg = []
    for s in shapes:
        if s.get("layer") and order.index(s["layer"]) < order.index(shown):
            continue
        fill, stroke = colours.get(s["kind"], (layer_fill.get(s.get("layer"), "#c47f62"), "#6b3a2a"))
        sw = 0.6 if s["kind"] == "fibre" else 1
        el = f'<path d="{s["path"]}" fill="{fill}" stroke="{stroke}" stroke-width="{sw}"/>'
        body_svg.append(el)
        if s.get("mirror"):
            body_svg.append(f'<g transform="translate(400,0) scale(-1,1)">{el}</g>')
    with open(sys.argv[sys.argv.index("--svg") + 1], "w") as out:
        out.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1280" viewBox="0 0 {W} {H}">'
                  f'<rect width="400" height="640" fill="white"/>{"".join(body_svg)}</svg>')
