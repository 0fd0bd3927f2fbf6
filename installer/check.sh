#!/usr/bin/env bash
# Checks what installer/build.sh made: the portable launcher answers --help, validates the
# bundled content, names a broken content folder, exports content, and sets a PIN from standard
# input keeping every other setting, writes every handout as PDF; it is our script and starts the JVM with every option in kiosk.jvm.options, and
# the .deb's control data (name, version, Depends) and size are right.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:?usage: installer/check.sh VERSION [JVM_OPTIONS]}"
JVM_OPTIONS="${2:-}"
VERSION="${VERSION%-SNAPSHOT}"
OUT=target/installer
LAUNCHER="$OUT/BackCareKiosk/bin/BackCareKiosk"
MAX_DEB_MB=32
fail() { echo "INSTALLER CHECK FAILED: $*" >&2; exit 1; }

HELP=$("$LAUNCHER" --help) || fail "--help exits with an error"
grep -q -- "--validate-content" <<<"$HELP" || fail "--help does not list the options"
VALID=$("$LAUNCHER" --validate-content) || fail "--validate-content on the bundled content exits with an error"
grep -q "no problems" <<<"$VALID" || fail "--validate-content on the bundled content: $VALID"
"$LAUNCHER" --colour=blue >/dev/null 2>&1 && fail "an unknown option must not exit 0"

# Clinic IT's commands, run as the installed launcher runs them (no Maven, no terminal).
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$LAUNCHER" --export-content="$WORK/content" >/dev/null || fail "--export-content exits with an error"
"$LAUNCHER" --validate-content="$WORK/content" >/dev/null 2>&1 || fail "the exported content does not pass --validate-content"
printf '{ "topic": ' >"$WORK/content/en/muscles.json"
CODE=0; BROKEN=$("$LAUNCHER" --validate-content="$WORK/content" 2>&1) || CODE=$?
[ "$CODE" = 1 ] || fail "--validate-content on a broken folder exits $CODE, expected 1"
grep -q "en/muscles.json" <<<"$BROKEN" || fail "--validate-content does not name the broken file: $BROKEN"
"$LAUNCHER" --export-handouts="$WORK/handouts" >/dev/null 2>"$WORK/handouts.err" || fail "--export-handouts exits with an error: $(cat "$WORK/handouts.err")"
for file in en/result-extension.pdf es/result-flexion.pdf en/press-up.pdf es/pelvic-tilt.pdf; do
    [ "$(head -c 5 "$WORK/handouts/$file" 2>/dev/null)" = "%PDF-" ] || fail "--export-handouts wrote no $file"
done
[ -s "$WORK/handouts.err" ] && fail "--export-handouts wrote to standard error: $(head -5 "$WORK/handouts.err")"
printf '{"mode": "kiosk", "idleSeconds": 60, "clinicNote": "kept"}\n' >"$WORK/settings.json"
printf '482910\n482910\n' | "$LAUNCHER" --set-pin --settings="$WORK/settings.json" >/dev/null \
    || fail "--set-pin with the PIN on standard input exits with an error"
grep -q 'pbkdf2-sha256\$' "$WORK/settings.json" || fail "--set-pin stored no PIN hash"
grep -q '482910' "$WORK/settings.json" && fail "--set-pin wrote the PIN itself"
grep -Eq '"clinicNote" *: *"kept"' "$WORK/settings.json" && grep -Eq '"idleSeconds" *: *60' "$WORK/settings.json" \
    && grep -Eq '"mode" *: *"kiosk"' "$WORK/settings.json" || fail "--set-pin did not keep the other settings"
printf '{"mode": "kiosk", ' >"$WORK/corrupt.json"
printf '482910\n482910\n' | "$LAUNCHER" --set-pin --settings="$WORK/corrupt.json" >/dev/null 2>&1 \
    && fail "--set-pin on a corrupt settings file must exit 1"
[ "$(cat "$WORK/corrupt.json")" = '{"mode": "kiosk", ' ] || fail "--set-pin changed a corrupt settings file"
cmp -s "$LAUNCHER" installer/linux/BackCareKiosk.sh \
    || fail "bin/BackCareKiosk is not installer/linux/BackCareKiosk.sh (jpackage's launcher asks dpkg at every start)"
for option in $JVM_OPTIONS; do
    grep -qxF -- "$option" "$OUT/BackCareKiosk/lib/app/jvm.args" \
        || fail "the launcher does not start the JVM with $option (an option the benchmarks measured)"
done

DEB=$(ls "$OUT"/backcare-kiosk_"$VERSION"*_amd64.deb | head -1)
[ "$(dpkg-deb -f "$DEB" Package)" = "backcare-kiosk" ] || fail "package name"
case "$(dpkg-deb -f "$DEB" Version)" in "$VERSION"|"$VERSION"-*) ;; *) fail "version $(dpkg-deb -f "$DEB" Version), expected $VERSION";; esac
dpkg-deb -f "$DEB" Depends | grep -q "libgtk-3-0" || fail "Depends lacks libgtk-3-0: $(dpkg-deb -f "$DEB" Depends)"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for needed in xserver-xorg-core xserver-xorg-input-libinput x11-xserver-utils; do
    grep -qw -- "$needed" <<<"$DEPENDS" || fail "Depends lacks $needed (the kiosk session needs it): $DEPENDS"
done
# Printing a handout: Java spools to CUPS with lpr (cups-bsd); recommended, as a kiosk may have no printer.
dpkg-deb -f "$DEB" Recommends | grep -qw "cups-bsd" || fail "Recommends lacks cups-bsd (printing handouts): $(dpkg-deb -f "$DEB" Recommends)"
# The read-aloud voice: recommended, so the kiosk still installs (and stays silent) without it.
dpkg-deb -f "$DEB" Recommends | grep -qw "espeak-ng" || fail "Recommends lacks espeak-ng (the read-aloud voice)"
# The kiosk is the only client of its display: the package must not bring a window manager, a
# desktop, a session manager or a terminal, nor xinit (which recommends xterm or a window manager).
for field in Depends Recommends Pre-Depends; do
    VALUE=$(dpkg-deb -f "$DEB" "$field" 2>/dev/null || true)
    if grep -qiwE "xinit|xterm|x-terminal-emulator|x-window-manager|x-session-manager|openbox|lightdm|gdm3|task-desktop|xorg" <<<"${VALUE//xserver-xorg/}"; then
        fail "$field names a terminal, window manager, desktop or xinit: $VALUE"
    fi
done
LISTING=$(dpkg-deb -c "$DEB")
for file in bin/backcare-kiosk-setup lib/backcare-kiosk-session; do
    grep -qE "^-rwxr-xr-x .*\./opt/backcare-kiosk/$file$" <<<"$LISTING" || fail "/opt/backcare-kiosk/$file missing or not executable"
done
for file in lib/backcare-kiosk.service lib/backcare-kiosk.pam lib/backcare-kiosk-xorg.conf lib/README.md; do
    grep -q "\./opt/backcare-kiosk/$file$" <<<"$LISTING" || fail "/opt/backcare-kiosk/$file missing"
done
grep -q "backcare-kiosk.desktop$\|/etc/systemd\|/etc/pam.d" <<<"$LISTING" && fail "the package itself must not set up a session (only backcare-kiosk-setup --enable does)"
grep -q "\./opt/backcare-kiosk/bin/BackCareKiosk$" <<<"$LISTING" || fail "the launcher is not under /opt/backcare-kiosk"
grep -q "\./opt/backcare-kiosk/lib/app/backcare.jsa$" <<<"$LISTING" || echo "note: the package has no AppCDS archive (no display at build time)"
SIZE_MB=$(( $(stat -c %s "$DEB") / 1000000 ))
[ "$SIZE_MB" -le "$MAX_DEB_MB" ] || fail ".deb is $SIZE_MB MB; the target is at most $MAX_DEB_MB MB"
APP_MB=$(du -sm "$OUT/BackCareKiosk" | cut -f1)
echo "installer check passed: .deb $SIZE_MB MB, app image $APP_MB MB, Depends: $(dpkg-deb -f "$DEB" Depends)"
