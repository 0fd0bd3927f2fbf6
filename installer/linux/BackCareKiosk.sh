#!/bin/sh
# BackCare Kiosk's launcher on Linux: installer/build.sh puts it in the app image as
# bin/BackCareKiosk, in place of jpackage's native launcher. That launcher asks the package
# manager which package it belongs to at every start (`rpm -qf`, then `dpkg -S`, twice), which
# cost 0.35 s of every start on the build machine, and more on a desktop with thousands of
# packages installed. This starts the app image's own Java runtime straight away, with the same
# class-data archive and options (lib/app/jvm.args, written by build.sh from pom.xml).
# Symbolic links to it are followed, so it also runs from /usr/local/bin or a USB stick.
here=$(dirname "$(readlink -f "$0")")
app="$here/../lib/app"
exec "$here/../lib/runtime/bin/java" -XX:SharedArchiveFile="$app/backcare.jsa" -Xshare:auto \
    @"$app/jvm.args" -m org.backcare.kiosk/org.backcare.kiosk.Main "$@"
