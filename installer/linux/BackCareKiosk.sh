#!/bin/sh
# BackCare Kiosk's launcher on Linux: installer/build.sh puts it in the app image as
# bin/BackCareKiosk, in place of jpackage's native launcher. That launcher asks the package
# manager which package it belongs to at every start (`rpm -qf`, then `dpkg -S`, twice), which
# cost 0.35 s of every start on the build machine, and more on a desktop with thousands of
# packages installed. This starts the app image's own Java runtime straight away, with the same
# class-data archive and options (lib/app/jvm.args, written by build.sh from pom.xml).
# Symbolic links to it are followed, so it also runs from /usr/local/bin or a USB stick.
#
# A PC with no graphics device (no /dev/dri, no /dev/nvidia0) can only have Mesa's software GL,
# which JavaFX refuses, drawing with its own software renderer instead. There the kiosk says so up
# front (-Dprism.order=sw, GDK_GL=disable), so neither JavaFX's probe nor GTK loads Mesa: about
# 50 MB less resident memory for weeks, and no probe at start. Where a device exists, nothing changes.
here=$(dirname "$(readlink -f "$0")")
app="$here/../lib/app"
renderer=""
if [ ! -e /dev/dri ] && [ ! -e /dev/nvidia0 ]; then
    export GDK_GL="${GDK_GL:-disable}"
    renderer="-Dprism.order=sw"
fi
# shellcheck disable=SC2086 # $renderer is one option or none
exec "$here/../lib/runtime/bin/java" -XX:SharedArchiveFile="$app/backcare.jsa" -Xshare:auto \
    $renderer @"$app/jvm.args" -m org.backcare.kiosk/org.backcare.kiosk.Main "$@"
