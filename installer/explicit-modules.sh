#!/usr/bin/env bash
# Makes every automatic module among the jars in DIR (PDFBox, its fontbox and pdfbox-io) an
# explicit one, in place, so jlink accepts them: jdeps writes each jar's module-info.java from what
# the code uses, javac compiles it against the jar itself and the others, and it is added to the
# jar. Modules whose dependencies are not explicit yet wait for a later round. Run it on COPIES of
# the jars (installer/build.sh on target/installer/modules, the benchmark on target/bench/modules),
# never on the local Maven repository.
#   usage: installer/explicit-modules.sh DIR WORK_DIR
set -euo pipefail
DEPS="${1:?usage: installer/explicit-modules.sh DIR WORK_DIR}"
GEN="${2:?usage: installer/explicit-modules.sh DIR WORK_DIR}"
# jdeps writes each jar's module-info.java from what the code uses; javac compiles it against the
# jar itself and the others, and it goes into a copy of the jar. Modules whose dependencies are not
# explicit yet wait for a later round.
AUTOMATIC=()
for jar in "$DEPS"/*.jar; do
    jar --describe-module --file "$jar" 2>/dev/null | grep -q "automatic" && AUTOMATIC+=("$jar")
done
if [ "${#AUTOMATIC[@]}" -gt 0 ]; then
    rm -rf "$GEN"
    jdeps --module-path "$DEPS" --multi-release 17 --ignore-missing-deps --generate-module-info "$GEN/src" "${AUTOMATIC[@]}" >/dev/null
    for round in 1 2 3 4; do
        LEFT=()
        for jar in "${AUTOMATIC[@]}"; do
            name=$(jar --describe-module --file "$jar" | grep -m1 ' automatic$' | sed 's/@.*//')
            src=$(ls "$GEN"/src/"$name"/versions/*/module-info.java "$GEN/src/$name/module-info.java" 2>/dev/null | head -1 || true)
            if javac --release 17 -nowarn --module-path "$DEPS" --patch-module "$name=$jar" -d "$GEN/classes/$name" "$src" 2>"$GEN/$name.log"; then
                jar --update --file "$jar" -C "$GEN/classes/$name" module-info.class
                echo "   $name: $(basename "$jar") is now an explicit module"
            else
                LEFT+=("$jar")
            fi
        done
        [ "${#LEFT[@]}" -eq 0 ] && break
        AUTOMATIC=("${LEFT[@]}")
    done
    if [ "${#LEFT[@]}" -gt 0 ]; then
        cat "$GEN"/*.log >&2
        echo "cannot add module-info to: ${LEFT[*]}" >&2
        exit 1
    fi
fi

