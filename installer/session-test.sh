#!/usr/bin/env bash
# The dedicated kiosk session, tested as the service runs it, with Xvfb standing in for the X
# server (KIOSK_X_SERVER) and everything else as shipped: target/installer/BackCareKiosk's
# lib/backcare-kiosk-session, its launcher and its runtime. Run by .ci/run after the installer
# build; run it alone with `installer/session-test.sh` after `./mvnw -Pinstaller package`.
# It proves:
#   - systemd-analyze verify passes on every unit shipped (installer/linux/*.service), which
#     restarts always, runs as backcare and is hardened (no network, no new privileges, ...);
#   - the kiosk's window fills the screen, and it is the only window on the display;
#   - on a machine with no graphics device (as here) the kiosk loads no Mesa (see the launcher);
#   - the usual escape keys (Esc, Alt+F4, Super+D, Ctrl+Alt+Right, Alt+Space, Alt+Tab, F11,
#     Ctrl+Alt+F1, Ctrl+Alt+Backspace) leave it where it is: same process, still full screen;
#   - killing the kiosk (kill -9) brings a new kiosk window back within 5 s, and meanwhile the
#     screen shows the plain brand colour;
#   - a stalled JavaFX thread (the test hook BACKCARE_TEST_STALL_FX_AFTER_SECONDS) is ended by the
#     watchdog (exit 70) and the kiosk comes back;
#   - stopping the session (SIGTERM, as systemctl stop does) leaves no X server or kiosk behind.
# Screenshots go to target/session-test/. As root on Debian it installs the tools it lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=target/installer/BackCareKiosk
SESSION=$IMAGE/lib/backcare-kiosk-session
OUT=target/session-test
WIDTH=1600
HEIGHT=900
BRAND="srgb(11,93,107)" # #0b5d6b, the session's background
RESTART_LIMIT_MS=5000
fail() { echo "SESSION TEST FAILED: $*" >&2; [ -f "$OUT/session.log" ] && tail -30 "$OUT/session.log" >&2; exit 1; }
note() { echo "session test: $*"; }

[ -x "$SESSION" ] || fail "$SESSION is missing: build with ./mvnw -Pinstaller package first"

# Tools: the session's own (xset, xsetroot), the stand-in server, the test's.
missing=()
for pair in Xvfb:xvfb xset:x11-xserver-utils xsetroot:x11-xserver-utils \
            xdotool:xdotool xwininfo:x11-utils import:imagemagick systemd-analyze:systemd; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
grep -q libgtk-3.so.0 <<<"$(ldconfig -p)" || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        note "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
    else
        fail "missing tools: ${missing[*]} (apt-get install them, or run as root)"
    fi
fi
rm -rf "$OUT" && mkdir -p "$OUT/state"

note "systemd-analyze verify on every shipped unit"
for unit in installer/linux/*.service; do
    # A copy whose paths under /opt/backcare-kiosk point into the built image, so verify also
    # checks that ExecStart names a program the package ships.
    copy="$OUT/verify/$(basename "$unit")"
    mkdir -p "$OUT/verify"
    sed "s|/opt/backcare-kiosk/|$PWD/$IMAGE/|g" "$unit" > "$copy"
    if ! verify=$(systemd-analyze verify "$copy" 2>&1); then
        fail "systemd-analyze verify $unit: $verify"
    fi
    if grep -v -e "^$" <<<"$verify" | grep -qi "$(basename "$unit")"; then
        fail "systemd-analyze verify $unit warns: $verify"
    fi
    # Restarted always, and hardened: no network, no privilege gain, the system and /home shut.
    for line in Restart=always NoNewPrivileges=yes PrivateNetwork=yes ProtectSystem=strict ProtectHome=yes User=backcare; do
        grep -qx "$line" "$unit" || fail "$unit lacks $line"
    done
    note "  $unit: verified${verify:+ (other units: $(tr '\n' ' ' <<<"$verify" | cut -c1-200))}"
done

display=""
for n in $(seq 81 99); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || fail "no free X display number"
export DISPLAY=$display

session_pid=""
start_session() { # extra environment as arguments
    env "$@" KIOSK_DISPLAY="$display" KIOSK_X_SERVER="Xvfb -screen 0 ${WIDTH}x${HEIGHT}x24 -nolisten tcp -nocursor" \
        XDG_STATE_HOME="$PWD/$OUT/state" \
        setsid "$SESSION" --settings="$PWD/$OUT/settings.json" >>"$OUT/session.log" 2>&1 &
    session_pid=$!
}
stop_session() {
    [ -n "$session_pid" ] || return 0
    kill -TERM "$session_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$session_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$session_pid" 2>/dev/null && { kill -KILL -- "-$session_pid" 2>/dev/null; fail "the session did not stop on SIGTERM"; }
    session_pid=""
}
trap 'stop_session 2>/dev/null || true; [ -n "$session_pid" ] && kill -KILL -- "-$session_pid" 2>/dev/null; true' EXIT

# The kiosk's window: visible, named BackCare Kiosk. Prints "window pid".
kiosk_window() {
    local id pid
    for id in $(xdotool search --onlyvisible --name '^BackCare Kiosk$' 2>/dev/null); do
        pid=$(xdotool getwindowpid "$id" 2>/dev/null) || continue
        kill -0 "$pid" 2>/dev/null && { echo "$id $pid"; return 0; }
    done
    return 1
}
# Waits up to $1 seconds for a kiosk window whose process is not $2; prints "window pid millis".
wait_window() {
    local limit=$1 not=${2:-none} start now found
    start=$(date +%s%3N)
    while :; do
        if found=$(kiosk_window) && [ "${found#* }" != "$not" ]; then
            now=$(date +%s%3N); echo "$found $((now - start))"; return 0
        fi
        now=$(date +%s%3N)
        [ $((now - start)) -gt $((limit * 1000)) ] && return 1
        sleep 0.05
    done
}
full_screen() { # window id: fills the screen at 0,0 and is viewable
    local info
    info=$(xwininfo -id "$1") || return 1
    grep -q "Absolute upper-left X:  0$" <<<"$info" && grep -q "Absolute upper-left Y:  0$" <<<"$info" \
        && grep -q "Width: $WIDTH$" <<<"$info" && grep -q "Height: $HEIGHT$" <<<"$info" \
        && grep -q "Map State: IsViewable" <<<"$info"
}
pixel() { import -window root "$1" && convert "$1" -format "%[pixel:p{$2,$3}]" info:; }

printf '{ "mode": "kiosk", "watchdogSeconds": 30 }\n' > "$OUT/settings.json"
note "starting the session on $display (${WIDTH}x${HEIGHT})"
start_session
read -r window pid ms < <(wait_window 60) || fail "no kiosk window within 60 s"
note "kiosk window $window (pid $pid) after $ms ms"
sleep 2 # let the first screen settle before looking
full_screen "$window" || fail "the kiosk window does not fill the ${WIDTH}x${HEIGHT} screen: $(xwininfo -id "$window")"
import -window root "$OUT/kiosk.png"
# The only client: every viewable top-level window is the kiosk's.
for child in $(xwininfo -root -children | awk '/^ +0x/ {print $1}'); do
    xwininfo -id "$child" | grep -q "Map State: IsViewable" || continue
    owner=$(xdotool getwindowpid "$child" 2>/dev/null || echo "?")
    [ "$owner" = "$pid" ] || fail "window $child (pid $owner) is on the display besides the kiosk"
done
# With no graphics device here, the launcher keeps Mesa out: JavaFX draws in software anyway.
if [ ! -e /dev/dri ] && [ ! -e /dev/nvidia0 ]; then
    if grep -qE "libGL\.so|libLLVM|swrast_dri" "/proc/$pid/maps"; then
        fail "the kiosk loaded Mesa on a machine with no graphics device: $(grep -oE '[^/ ]*(libGL|libLLVM|swrast)[^ ]*' "/proc/$pid/maps" | sort -u | tr '\n' ' ')"
    fi
    note "no graphics device: the kiosk runs without Mesa"
fi
# Xvfb has no VTs; the real server's own keys are turned off by its settings file.
for option in DontVTSwitch DontZap; do
    grep -qE "Option \"$option\" \"true\"" "$IMAGE/lib/backcare-kiosk-xorg.conf" || fail "the X server settings lack $option"
done
grep -q -- "-config backcare-kiosk.conf" "$SESSION" || fail "the session does not start Xorg with its settings file"

note "escape keys"
xdotool mousemove $((WIDTH / 2)) $((HEIGHT / 2))
for keys in Escape alt+F4 super+d ctrl+alt+Right alt+space alt+Tab F11 ctrl+alt+F1 ctrl+alt+BackSpace ctrl+w ctrl+q; do
    xdotool key "$keys"
    sleep 0.4
    read -r now_window now_pid < <(kiosk_window) || fail "after $keys the kiosk window is gone"
    [ "$now_pid" = "$pid" ] || fail "after $keys the kiosk was restarted (pid $pid became $now_pid)"
    full_screen "$now_window" || fail "after $keys the kiosk no longer fills the screen"
done
import -window root "$OUT/after-keys.png"

note "kill -9 of the kiosk"
killed_at=$(date +%s%3N)
kill -KILL "$pid"
sleep 0.2
background=$(pixel "$OUT/restarting.png" 20 20)
[ "$background" = "$BRAND" ] || fail "while the kiosk restarts the screen shows $background, not the brand colour $BRAND"
read -r window new_pid ms < <(wait_window 10 "$pid") || fail "no new kiosk window within 10 s of kill -9"
ms=$(( $(date +%s%3N) - killed_at ))
note "  new kiosk window after $ms ms (pid $new_pid)"
[ "$ms" -le "$RESTART_LIMIT_MS" ] || fail "the kiosk came back after $ms ms; the limit is $RESTART_LIMIT_MS"
full_screen "$window" || fail "the restarted kiosk does not fill the screen"
stop_session
sleep 0.5
[ -e "/tmp/.X11-unix/X${display#:}" ] && pgrep -f "Xvfb $display" >/dev/null && fail "SIGTERM left the X server running"
pgrep -f "settings=$PWD/$OUT/settings.json" >/dev/null && fail "SIGTERM left a kiosk running"

note "a stalled JavaFX thread (test hook) and the watchdog"
printf '{ "mode": "kiosk", "watchdogSeconds": 5 }\n' > "$OUT/settings.json"
: > "$OUT/session.log"
start_session BACKCARE_TEST_STALL_FX_AFTER_SECONDS=3
read -r window pid ms < <(wait_window 60) || fail "no kiosk window within 60 s (stall run)"
for _ in $(seq 300); do grep -q "ended with exit 70" "$OUT/session.log" && break; sleep 0.1; done
grep -q "ended with exit 70" "$OUT/session.log" || fail "the watchdog did not end the stalled kiosk within 30 s"
stalled_at=$(date +%s%3N)
read -r window new_pid ms < <(wait_window 10 "$pid") || fail "no new kiosk window within 10 s of the watchdog's exit"
ms=$(( $(date +%s%3N) - stalled_at ))
note "  watchdog ended pid $pid (exit 70); new kiosk window after $ms ms (pid $new_pid)"
grep -q "Watchdog: the JavaFX thread has not answered" "$OUT/state/backcare-kiosk/"*.log 2>/dev/null \
    || fail "the kiosk's log does not say why the watchdog ended it"
[ "$ms" -le "$RESTART_LIMIT_MS" ] || fail "after the watchdog the kiosk came back after $ms ms; the limit is $RESTART_LIMIT_MS"
stop_session
note "passed (screenshots in $OUT)"
