#!/usr/bin/env bash
# Cold-start bench: publishes the CLI ReadyToRun and times `newsgraph analyze` on one sample page
# from a fresh process, N times, next to an anchor (`newsgraph --help`: runtime start-up alone)
# measured in the same run. Usage: bash bench/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out="${TMPDIR:-/tmp}/newsgraph-r2r"
dotnet publish src/Newsgraph.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
page="samples/harbour-bridge-reopens.html"
"$out/newsgraph" analyze "$page" --format json >/dev/null   # page cache warm, process cold

measure() {  # prints the median wall time in ms of N runs of "$@"
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

anchor=$(measure "$out/newsgraph" --help)
analyze=$(measure "$out/newsgraph" analyze "$page" --format json)
echo "cold start, median of $runs runs (ReadyToRun publish)"
echo "anchor  newsgraph --help            ${anchor} ms"
echo "analyze newsgraph analyze <sample>  ${analyze} ms  (bar: <= 500 ms; $(awk "BEGIN {printf \"%.2f\", $analyze/$anchor}")x the anchor)"
