#!/usr/bin/env bash
# Cold-start bench: publishes the CLI ReadyToRun and times `newsgraph analyze` on one sample page
# from a fresh process, N times, next to an anchor (`newsgraph --help`: runtime start-up alone)
# measured in the same run. Usage: bash bench/cold-start.sh [runs] [plain]
# The default publish is self-contained composite ReadyToRun (framework and app precompiled in one
# version bubble: ~450 methods left to the JIT instead of ~1,400; 779 -> 675 ms median in back-to-back
# quiet runs); `plain` measures the framework-dependent ReadyToRun publish instead.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
if [ "${2:-}" = plain ]; then
  kind="ReadyToRun publish"
  out="${TMPDIR:-/tmp}/newsgraph-r2r"
  dotnet publish src/Newsgraph.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
else
  kind="self-contained composite ReadyToRun publish"
  # its own obj and bin folders: composite-compiled assemblies and a self-contained runtimeconfig left
  # in the shared ones would be reused by a later plain publish, which then fails at start-up
  out="${TMPDIR:-/tmp}/newsgraph-composite"
  dotnet publish src/Newsgraph.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    -p:IntermediateOutputPath=obj/Release/net10.0/linux-x64-composite/ -p:OutputPath=bin/Release/net10.0/linux-x64-composite/ \
    -o "$out" >/dev/null
fi
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
echo "cold start, median of $runs runs ($kind)"
echo "anchor  newsgraph --help            ${anchor} ms"
echo "analyze newsgraph analyze <sample>  ${analyze} ms  (bar: <= 500 ms; $(awk "BEGIN {printf \"%.2f\", $analyze/$anchor}")x the anchor)"
