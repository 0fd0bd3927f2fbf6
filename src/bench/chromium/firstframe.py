#!/usr/bin/python3
"""Times launch -> first frame with content, from outside the app, with X damage events.

Used by the benchmark (BenchRunner) to compare the kiosk with a Chromium kiosk window showing a
static copy of Home. For each run: subscribes to damage on the root window of $DISPLAY, starts the
command, and after every damage event samples the screen (16 rows of pixels). The run waits until
the screen has not changed for SETTLE seconds; the first frame with content is the first damage
event after which the sampled screen matches that settled screen in at least 97 % of its pixels
(so a blank window, a splash or a half-drawn page does not count). It also sums PSS over the app's
whole process tree (Chromium runs many processes) 5 s after launch. Prints one JSON object per run.

Usage: firstframe.py LABEL -- COMMAND...
       firstframe.py --count SECONDS    frames drawn per second on the windows already shown (a
                                        frame: damage events less than 4 ms apart count as one)
Needs python3-xlib (Debian).
"""
import json, os, subprocess, sys, time
from Xlib import display, X
from Xlib.ext import damage

SETTLE = 3.0
TIMEOUT = 60.0
ROWS = 16


def sample(root, width, height):
    rows = []
    for i in range(ROWS):
        y = int((i + 0.5) * height / ROWS)
        img = root.get_image(0, y, width, 1, X.ZPixmap, 0xffffffff)
        rows.append(bytes(img.data))
    return rows


def similarity(a, b):
    same = total = 0
    for ra, rb in zip(a, b):
        for i in range(0, min(len(ra), len(rb)), 4):
            total += 1
            if ra[i:i + 3] == rb[i:i + 3]:
                same += 1
    return same / total if total else 0


def tree(pid):
    out = [pid]
    try:
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout.split()
    except OSError:
        children = []
    for c in children:
        out += tree(int(c))
    return out


def pss_mb(pid):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def count(seconds):
    d = display.Display()
    root = d.screen().root
    d.damage_query_version()

    def watch(window):
        try:
            window.damage_create(damage.DamageReportRawRectangles)
            for child in window.query_tree().children:
                watch(child)
        except Exception:
            pass

    for child in root.query_tree().children:
        watch(child)
    d.sync()
    while d.pending_events():
        d.next_event()
    frames = 0
    last = 0.0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while d.pending_events():
            e = d.next_event()
            if e.type == d.extension_event.DamageNotify:
                now = time.monotonic()
                if now - last > 0.004:
                    frames += 1
                last = now
        time.sleep(0.002)
    print(json.dumps({"frames": frames, "seconds": seconds, "fps": round(frames / seconds, 3)}))


def main():
    if sys.argv[1] == "--count":
        count(float(sys.argv[2]))
        return
    label = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1:]
    d = display.Display()
    root = d.screen().root
    width, height = d.screen().width_in_pixels, d.screen().height_in_pixels
    d.damage_query_version()
    # Damage on the root window does not report drawing inside its children: every window the app
    # creates gets a damage object of its own as soon as it exists.
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    watched = set()

    def watch(window):
        if window.id in watched:
            return
        watched.add(window.id)
        try:
            window.damage_create(damage.DamageReportRawRectangles)
            window.change_attributes(event_mask=X.SubstructureNotifyMask)
            for child in window.query_tree().children:
                watch(child)
        except Exception:
            pass

    for child in root.query_tree().children:
        watched.add(child.id)  # what was there before the launch is not the app's
    d.sync()
    while d.pending_events():
        d.next_event()
    before = sample(root, width, height)
    frames = []  # (seconds since launch, sampled screen)
    launched = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    last_change = launched
    pss = None
    while time.monotonic() - launched < TIMEOUT:
        got = False
        while d.pending_events():
            e = d.next_event()
            if e.type == d.extension_event.DamageNotify:
                got = True
            elif e.type in (X.CreateNotify, X.MapNotify):
                watch(e.window)
                d.sync()
        now = time.monotonic()
        if got:
            frames.append((now - launched, sample(root, width, height)))
            last_change = now
        if pss is None and now - launched >= 5.0:
            pss = pss_mb(proc.pid)
        if frames and now - last_change >= SETTLE and now - launched >= 6.0:
            break
        if not got:
            time.sleep(0.002)
    settled = frames[-1][1] if frames else before
    first = None
    for t, rows in frames:
        if similarity(rows, settled) >= 0.97 and similarity(rows, before) < 0.97:
            first = t
            break
    try:
        os.killpg(proc.pid, 15)
    except OSError:
        pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
    print(json.dumps({"app": label, "first_content_ms": None if first is None else round(first * 1000, 1),
                      "damage_events": len(frames), "pss_mb": None if pss is None else round(pss, 1)}))


if __name__ == "__main__":
    main()
