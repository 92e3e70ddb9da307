#!/usr/bin/env bash
# Counts from outside the exhibit the frames that reach the screen: the exhibit runs in a window of
# 1280 x 800 at --speed 20, ffmpeg grabs the X screen 60 times a second for 10 s, and the grabs that
# differ from the one before are counted; the exhibit's CPU time over the same 10 s is read from /proc.
# Usage (Debian: apt-get install ffmpeg xvfb; from the top of the repository, the jar built):
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/count-frames.sh [JAR [EXHIBIT OPTIONS...]]
# e.g. `bash docs/count-frames.sh target/mark1.jar --kiosk` counts the kiosk (full screen, buttons).
set -euo pipefail
jar=${1:-target/mark1.jar}
shift || true
out=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
java -jar "$jar" exhibit --speed 20 --mute --state none "$@" > "$out/exhibit.log" 2>&1 & pid=$!
sleep 15 # the JIT, the window and the first layers settle
t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
ffmpeg -loglevel error -f x11grab -framerate 60 -video_size 1280x800 -i "$DISPLAY" -t 10 -f framemd5 - > "$out/frames.md5"
t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
grabs=$(grep -vc '^#' "$out/frames.md5")
distinct=$(grep -v '^#' "$out/frames.md5" | awk -F, '{print $6}' | uniq | wc -l)
awk -v d="$distinct" -v g="$grabs" -v c="$((t1 - t0))" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "%.1f distinct frames a second (%d of %d grabs differ from the one before); the exhibit used %.2f s of CPU in 10 s (%.0f %% of one core); load average %s\n", d / 10, d, g, c / 100, c / 10, load }'
