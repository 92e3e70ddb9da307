#!/usr/bin/env bash
# Start times of the installed mark1 (the package's launcher: own runtime, class-data-sharing archive
# of mark1's classes) against java -jar target/mark1.jar, measured side by side in one run: the two are
# started in turn, ROUNDS times each, on `--version` (start and stop) and on a small `run`, and the
# medians are printed as a Markdown table for docs/performance.md.
#   src/main/dist/linux/start-times.sh [ROUNDS] [--report docs/performance.md]
# (after installing target/dist/mark1_*.deb). With --report, the table replaces the section
# "Installed against java -jar" at the end of that file (mark1 bench --report keeps the section).
set -euo pipefail
rounds="${1:-7}"
report="${3:-}"
[ "${2:-}" = "--report" ] || report=""
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
jar="$root/target/mark1.jar"
if [ ! -x /usr/bin/mark1 ] || [ ! -f "$jar" ]; then
  echo "mark1: start-times: needs the installed package (/usr/bin/mark1) and target/mark1.jar; build and install both first" >&2
  exit 2
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
seconds() { # wall seconds of one command, its output discarded
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo "scale=3; ($t1 - $t0) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
small=(run ibm704-left-right --set evaluation.freshPerClass=20)
declare -A times
for ((i = 1; i <= rounds; i++)); do
  times[iv]+="$(seconds env -u JAVA_HOME PATH=/usr/bin:/bin mark1 --version) "
  times[jv]+="$(seconds java -jar "$jar" --version) "
  times[ir]+="$(seconds env -u JAVA_HOME PATH=/usr/bin:/bin mark1 "${small[@]}" --out "$out/i") "
  times[jr]+="$(seconds java -jar "$jar" "${small[@]}" --out "$out/j") "
done
m() { echo "${times[$1]}" | tr ' ' '\n' | grep . | median; }
iv=$(m iv); jv=$(m jv); ir=$(m ir); jr=$(m jr)
table() {
echo "## Installed against java -jar"
echo
echo "<!-- Written by \`src/main/dist/linux/start-times.sh 7 --report docs/performance.md\` with the package installed; \`mark1 bench --report\` keeps this section. -->"
echo
echo "The package's launcher starts its own runtime (jlink, with the JDK classes' class-data-sharing archive) with a class-data-sharing archive of mark1's classes made when the package was built, \`-Xms64m\` and \`-XX:MaxRAMPercentage=50\`; \`java -jar\` starts the system's JDK with its defaults. The two were started in turn in one run."
echo
echo "| command ($rounds runs each, in turn; median wall time) | installed \`mark1\` | \`java -jar target/mark1.jar\` | ratio |"
echo "|---|---|---|---|"
printf '| `--version` (start and stop) | %.2f s | %.2f s | %.2fx |\n' "$iv" "$jv" "$(echo "scale=4; $jv / $iv" | bc)"
printf '| `%s` | %.2f s | %.2f s | %.2fx |\n' "${small[*]}" "$ir" "$jr" "$(echo "scale=4; $jr / $ir" | bc)"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) processors shared with other work (load average $(cut -d' ' -f1 /proc/loadavg) at the end); $(java -version 2>&1 | head -1) for java -jar. A ratio above 1 means the installed command was faster."
}
if [ -n "$report" ]; then
  kept="$(sed '/^## Installed against java -jar$/,$d' "$report")"
  { printf '%s\n\n' "$kept"; table; } > "$report.tmp" && mv "$report.tmp" "$report"
  echo "mark1: start times written to $report"
else
  table
fi
