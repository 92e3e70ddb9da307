#!/usr/bin/env bash
# Start times of the installed mark1 (the package's launcher: own runtime, class-data-sharing archive
# of mark1's classes) against java -jar target/mark1.jar, measured side by side in one run: the two are
# started in turn, ROUNDS times each, on `--version` (start and stop) and on a small `run`, and the
# medians are printed as a Markdown table for docs/performance.md.
#   src/main/dist/linux/start-times.sh [ROUNDS]        (after installing target/dist/mark1_*.deb)
set -euo pipefail
rounds="${1:-7}"
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
echo "| command ($rounds runs each, in turn; median wall time) | installed \`mark1\` | \`java -jar target/mark1.jar\` | ratio |"
echo "|---|---|---|---|"
printf '| `--version` (start and stop) | %.2f s | %.2f s | %.2fx |\n' "$iv" "$jv" "$(echo "scale=4; $jv / $iv" | bc)"
printf '| `%s` | %.2f s | %.2f s | %.2fx |\n' "${small[*]}" "$ir" "$jr" "$(echo "scale=4; $jr / $ir" | bc)"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) processors; $(java -version 2>&1 | head -1) for java -jar, the package's own runtime for mark1."
