#!/usr/bin/env bash
# Builds the clinic installers from this build's module and jars (called by
# ./mvnw -Pinstaller package; see installer/README.md):
#   target/installer/runtime          jlink-trimmed Java runtime with our modules and a CDS base archive
#   target/installer/BackCareKiosk/   portable app image (runs from any folder or USB stick); its
#                                     launcher is installer/linux/BackCareKiosk.sh
#   target/installer/backcare-kiosk-<version>-linux-x64.tar.gz   the same, packed
#   target/installer/backcare-kiosk_<version>_amd64.deb          Debian/Ubuntu package, under /opt
# The app image carries an AppCDS archive made by starting this very build (rendering every
# screen once), so it always matches the jars it ships with.
set -euo pipefail
cd "$(dirname "$0")/.."

USAGE="usage: installer/build.sh VERSION JVM_OPTIONS JLINK_OPTIONS (as ./mvnw -Pinstaller package passes them)"
VERSION="${1:?$USAGE}"
# The kiosk's JVM options from pom.xml (kiosk.jvm.options, separated by spaces), written one per
# line into lib/app/jvm.args, which the launcher hands to the JVM.
JVM_OPTIONS="${2?$USAGE}"
# How the runtime is linked (pom.xml's kiosk.jlink.options; the benchmark links both of its apps
# with the same options).
JLINK_OPTIONS="${3:?$USAGE}"
VERSION="${VERSION%-SNAPSHOT}"
OUT=target/installer
DEPS="$OUT/modules"
NAME=BackCareKiosk
MODULE=org.backcare.kiosk/org.backcare.kiosk.Main

rm -rf "$OUT/runtime" "$OUT/$NAME" "$OUT"/*.deb "$OUT"/*.tar.gz
# The plain JavaFX jars are empty placeholders; the -linux ones hold the code.
rm -f "$DEPS"/javafx-*-[0-9]*[0-9].jar

echo "== module-info for automatic modules (jlink refuses them: PDFBox and its fontbox and pdfbox-io)"
installer/explicit-modules.sh "$DEPS" "$OUT/module-info"

echo "== jlink: a trimmed runtime"
# shellcheck disable=SC2086 # the options are words
jlink --module-path "target/classes:$DEPS" --add-modules "${MODULE%%/*}" $JLINK_OPTIONS \
      --output "$OUT/runtime"

echo "== jpackage: the portable app image"
jpackage --type app-image --name "$NAME" --app-version "$VERSION" --dest "$OUT" \
    --runtime-image "$OUT/runtime" --module "$MODULE" \
    --icon installer/linux/backcare-256.png \
    --description "Teaches patients about back muscle pain" --vendor "BackCare Kiosk" \
    --copyright "Apache-2.0"
# Our launcher in place of jpackage's (see the script for why); jpackage's launcher library and
# settings go with it, and the JVM options go where the launcher reads them.
install -m 755 installer/linux/BackCareKiosk.sh "$OUT/$NAME/bin/$NAME"
rm -f "$OUT/$NAME/lib/libapplauncher.so" "$OUT/$NAME/lib/app/$NAME.cfg"
: > "$OUT/$NAME/lib/app/jvm.args"
for option in $JVM_OPTIONS; do
    echo "$option" >> "$OUT/$NAME/lib/app/jvm.args"
done
cp LICENSE "$OUT/$NAME/lib/LICENSE"
# Only needed for heaps over 32 GB, which the kiosk never uses.
rm -f "$OUT/$NAME/lib/runtime/lib/server/classes_nocoops.jsa"
# The dedicated kiosk session (installer/README.md): set up only when clinic IT runs
# bin/backcare-kiosk-setup --enable; the package itself enables nothing.
install -m 755 installer/linux/backcare-kiosk-setup "$OUT/$NAME/bin/backcare-kiosk-setup"
install -m 755 installer/linux/backcare-kiosk-session "$OUT/$NAME/lib/backcare-kiosk-session"
install -m 644 installer/linux/backcare-kiosk.service installer/linux/backcare-kiosk.pam \
    installer/linux/backcare-kiosk-xorg.conf "$OUT/$NAME/lib/"
install -m 644 installer/README.md "$OUT/$NAME/lib/README.md"

echo "== AppCDS: train the class-data archive on a real start of this build"
display_started=""
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    Xvfb :93 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    display_started=$!
    export DISPLAY=:93
    sleep 1
fi
if [ -n "${DISPLAY:-}" ]; then
    # The image's own java, so the archive matches the runtime it ships with exactly.
    "$OUT/$NAME/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$OUT/$NAME/lib/app/backcare.jsa" \
        @"$OUT/$NAME/lib/app/jvm.args" -m "$MODULE" --quit-after-first-frame --settings="$OUT/cds-training.json" >/dev/null 2>&1 || true
fi
[ -n "$display_started" ] && kill "$display_started" 2>/dev/null || true
if [ -f "$OUT/$NAME/lib/app/backcare.jsa" ]; then
    echo "   archive: $(du -h "$OUT/$NAME/lib/app/backcare.jsa" | cut -f1)"
else
    echo "   no display to train on (install xvfb): the package starts without its AppCDS archive"
fi

echo "== packing the app image"
tar -C "$OUT" -czf "$OUT/backcare-kiosk-$VERSION-linux-x64.tar.gz" "$NAME"

echo "== jpackage: the .deb"
# GTK for the window; for the kiosk session an X server, its touch and keyboard driver, xset and
# xsetroot. Not xinit: it recommends xterm or a window manager, which apt would install.
# deb-resources/control is jpackage's control template with one line added, "Recommends: espeak-ng"
# (the read-aloud voice; the kiosk runs silent without it).
DEB_DEPENDS="libgtk-3-0, xserver-xorg-core, xserver-xorg-input-libinput, x11-xserver-utils"
jpackage --type deb --app-image "$OUT/$NAME" --name backcare-kiosk --app-version "$VERSION" --dest "$OUT" \
    --description "Teaches patients about back muscle pain" --vendor "BackCare Kiosk" \
    --linux-package-name backcare-kiosk --linux-menu-group "Education;MedicalSoftware" \
    --linux-shortcut --linux-app-category education --linux-package-deps "$DEB_DEPENDS" \
    --install-dir /opt --license-file LICENSE --icon installer/linux/backcare-256.png \
    --resource-dir installer/linux/deb-resources
ls -la "$OUT"/*.deb "$OUT"/*.tar.gz
