#!/usr/bin/env bash
# Makes every generated file under docs/ again by its documented command, in the order they depend
# on each other: the calibrations before the replays that quote them, the comparisons before the
# page that quotes them. `git status docs` is clean afterwards when nothing changed.
# Usage: bash docs/regenerate.sh [--no-exhibit]   (from the top of the repository; builds the jar first)
# It takes about ten minutes on two quiet cores. bench's docs/performance.md is left out: it holds
# timings, which no two runs repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mark1() { java -jar target/mark1.jar "$@"; }

# The calibrations over unrecorded choices (docs/replaying.md), then the replays that quote them.
grep -E '^    mark1 calibrate .* --out docs/' docs/replaying.md | sed 's/^    mark1 //' | while read -r line; do
  eval "mark1 $line"
done
mark1 replay --all
mark1 figures --out docs/images

# Threshold against sigmoid, and the two reports the page quotes between its markers.
mark1 compare --seeds 30 --out docs/compare
mark1 compare --seeds 30 --weights ideal --out docs/compare-ideal
mark1 sensitivity --seeds 30 --out docs/sensitivity
embed() { # embed NAME REPORT: report.md without its title, its sections one level down, between the markers
  local name=$1 report=$2 doc=docs/threshold-vs-sigmoid.md
  awk -v name="$name" -v report="$report" '
    BEGIN { while ((getline l < report) > 0) body = body l "\n"; sub(/^[^\n]*\n/, "", body); sub(/^[ \t\n]+/, "", body);
            gsub(/\n## /, "\n### ", body) }
    $0 == "<!-- " name ":begin -->" { print; printf "%s", body; skip = 1; next }
    $0 == "<!-- " name ":end -->" { skip = 0 }
    !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
}
embed compare docs/compare/report.md
embed sensitivity docs/sensitivity/report.md

# The exhibit's pictures, by the commands docs/exhibit.md lists.
if [ "${1:-}" != "--no-exhibit" ]; then
  grep -E '^    java -jar target/mark1.jar render .*--out docs/images' docs/exhibit.md | sed 's/^    java -jar target\/mark1.jar //' \
    | while read -r line; do eval "mark1 $line"; done
fi
git status --short docs
