#!/usr/bin/env bash
# Load bench for `newsgraph serve` (issue 7): builds a >= 10,000-article corpus with the corpus
# bench's generator (perturbed copies of the dev pages), starts the server on loopback, and drives
# it with wrk: article pages (bar >= 500 req/s) and API search (bar p95 <= 100 ms).
#
#   bench/serve-load.sh [--count 10000] [--db FILE] [--duration 20s] [--connections 16] [--streams N] [--no-build]
#
# --streams N: instead of wrk, opens N article-stream (SSE) clients at once and holds them
# (bench/sse-flood.py): accepted / refused (503 + Retry-After) / closed, server RSS and descriptors,
# and whether the server still answers meanwhile. The server runs with its default caps
# (100 stream clients, 15,000 connections).
#
# Needs wrk (apt-get install wrk) and ../shared/bench for the generator. Prints `uptime` before and
# after: the machine is shared, so the load average says how much of it the server had.
set -euo pipefail
cd "$(dirname "$0")/.."

count=10000 db="" duration=20s connections=16 port=5099 streams=0 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2;;
    --db) db=$2; shift 2;;
    --duration) duration=$2; shift 2;;
    --connections) connections=$2; shift 2;;
    --streams) streams=$2; shift 2;;
    --no-build) build=0; shift;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work=${TMPDIR:-/tmp}/newsgraph-serve-load
mkdir -p "$work"
if [ -z "$db" ]; then
  db="$work/corpus-$count.db"
  if [ ! -f "$db" ]; then
    dotnet run -c Release --project bench/Newsgraph.Benchmarks -- corpus-search --count "$count" --out "$work"
  fi
fi

# --no-build: use the CLI as last built (a no-op build still takes minutes on a loaded machine)
[ "$build" = 1 ] && dotnet build -c Release src/Newsgraph.Cli -v q -nologo >/dev/null
bin=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
"$bin" serve --db "$db" --urls "http://127.0.0.1:$port" --rate-limit 100000000 > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/stats" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/api/stats"; echo

if [ "$streams" -gt 0 ]; then
  echo "== uptime before"; uptime
  python3 bench/sse-flood.py --port "$port" --pid "$server" --clients "$streams"
  echo "== uptime after"; uptime
echo "server RSS: $(grep VmRSS /proc/$server/status | awk '{print $2/1024 " MiB"}'), high-water $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MiB"}')"
  kill -0 $server && echo "server still running"
  exit 0
fi

# wrk's --latency prints p50/p75/p90/p99 only; the bar is a p95.
cat > "$work/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("  p95 %.2fms  p99.9 %.2fms\n", latency:percentile(95) / 1000, latency:percentile(99.9) / 1000))
end
LUA
# ids of 200 articles and a list of search queries, picked from the corpus itself
curl -fs "http://127.0.0.1:$port/api/search?limit=100&offset=0&facets=0" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 > "$work/ids.txt"
curl -fs "http://127.0.0.1:$port/api/search?limit=100&offset=5000&facets=0" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 >> "$work/ids.txt"
cat > "$work/articles.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
request = function() return wrk.format("GET", "/articles/" .. ids[math.random(#ids)]) end
LUA
cat "$work/percentiles.lua" >> "$work/articles.lua"
# Varied queries (word pairs, a filter now and then) so that most requests miss the answer cache
# and the figure measures the store's search, not the cache.
cat > "$work/search.lua" <<'LUA'
local words = { "government", "police", "said", "election", "minister", "talks", "court", "president", "health", "war",
  "peace", "officials", "city", "report", "security", "state", "people", "new", "year", "military", "law", "bill",
  "trade", "oil", "prices", "school", "children", "vote", "party", "leader", "attack", "killed", "company", "market",
  "water", "fire", "storm", "border", "china", "russia", "ukraine", "korea", "israel", "iran", "europe", "united",
  "meeting", "deal", "plan", "case", "judge", "prison", "hospital", "bank", "tax", "budget", "energy", "climate" }
local filters = { "", "", "", "&facets=0", "&from=2023-01-01", "&limit=10", "&offset=20" }
request = function()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/api/search?q=" .. q .. filters[math.random(#filters)])
end
LUA
cat "$work/percentiles.lua" >> "$work/search.lua"

echo "== uptime before"; uptime
echo "== warm-up"; wrk -t2 -c4 -d5s -s "$work/articles.lua" "http://127.0.0.1:$port" >/dev/null
echo "== article pages (HTML), $connections connections, $duration"
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/articles.lua" "http://127.0.0.1:$port"
echo "== search (JSON API), $connections connections, $duration"
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/search.lua" "http://127.0.0.1:$port"
echo "== uptime after"; uptime
echo "server RSS: $(grep VmRSS /proc/$server/status | awk '{print $2/1024 " MiB"}'), high-water $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MiB"}')"
