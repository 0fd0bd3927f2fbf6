#!/usr/bin/env bash
# Checks what installer/build.sh made: the portable launcher answers --help and validates the
# bundled content, it is our script and starts the JVM with every option in kiosk.jvm.options, and
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
