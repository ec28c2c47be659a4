#!/usr/bin/env bash
# `make soak`: mixed load on a real `qonun serve` over loopback — page reads, searches and comment posts — for
# SOAK_SECONDS (600), with wrk at full speed (the throughput BENCHMARKS.md reports). Checks: zero 5xx responses,
# resident memory grows less than 10% after the first minute's warm-up, every comment that got a 201 is stored,
# and the audit chain is intact. Writes its results between the soak markers of RELIABILITY.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
QONUN=${QONUN:-$root/.build/release/qonun}
SOAK_SECONDS=${SOAK_SECONDS:-600}
WARMUP=${SOAK_WARMUP:-60}
PORT=${SOAK_PORT:-18590}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
DRAFT=/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02
PAGE=/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html

if ! command -v wrk >/dev/null || ! command -v jq >/dev/null; then
  if [[ $(id -u) == 0 ]]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk jq >/dev/null
  else echo "soak: needs wrk and jq: sudo apt-get install -y wrk jq" >&2; exit 1; fi
fi
[[ -x $QONUN ]] || (cd "$root" && swift build -c release --product qonun)

work=$(mktemp -d)
server_pid=""
trap '[[ -n $server_pid ]] && kill -TERM "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
db=$work/q.sqlite site=$work/site base=http://127.0.0.1:$PORT

"$QONUN" ingest --db "$db" "$root/corpus" >/dev/null
QONUN_PAGEFIND_PYTHON=/nonexistent "$QONUN" publish --db "$db" --out "$site" --stylesheets "$root/stylesheets" --assets "$root/site" >/dev/null
consultation=$("$QONUN" consultation open "$DRAFT" --db "$db" --opens now --closes +1d | tail -n 1)
for i in $(seq 1 8); do printf 'password-123\n' | "$QONUN" user add "soak-$i" --db "$db" >/dev/null; done
"$QONUN" serve --db "$db" --site "$site" --port "$PORT" --comments-per-minute 1000000 --comments-per-minute-per-address 1000000 \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "$base/api/v1/health" >/dev/null && break; sleep 0.1; done
tokens=()
for i in $(seq 1 8); do
  tokens+=("\"$(curl -fsS -X POST "$base/api/v1/session" -d "{\"name\":\"soak-$i\",\"password\":\"password-123\"}" | jq -r .token)\"")
done

cat >"$work/mix.lua" <<LUA
-- 6 page reads, 2 searches and 2 comment posts in every 10 requests; counts 201s and 5xx.
local tokens = { $(IFS=,; echo "${tokens[*]}") }
local queries = { "elektron%20hukumat", "%D0%BA%D0%B8%D0%B1%D0%B5%D1%80%D0%B0%D1%82%D0%B0%D0%BA", "o%27zbekiston", "portal%20-mobil", "yagona*" }
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("id", #threads) end
function init(args) n = 0; created = 0; errors = 0 end
function request()
  n = n + 1
  local k = n % 10
  if k < 6 then return wrk.format("GET", "$PAGE") end
  if k < 8 then return wrk.format("GET", "/api/v1/search?q=" .. queries[n % #queries + 1]) end
  local body = string.format('{"eId":"art_%d","stance":"neutral","body":"Soak comment %d-%d about this article."}', n % 6 + 1, id, n)
  return wrk.format("POST", "/api/v1/consultations/$consultation/comments",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1] }, body)
end
function response(status, headers, body)
  if status == 201 then created = created + 1 end
  if status >= 500 then errors = errors + 1 end
end
function done(summary, latency, requests)
  local c, e = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); e = e + t:get("errors") end
  io.write(string.format("created %d\nserver-errors %d\n", c, e))
end
LUA

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status"; }
( for ((t = 0; t <= SOAK_SECONDS; t += 10)); do echo "$t $(rss)"; sleep 10; done ) >"$work/rss.txt" &
sampler=$!
wrk -t2 -c"$CONNECTIONS" -d"${SOAK_SECONDS}s" --latency -s "$work/mix.lua" "$base/" >"$work/wrk.txt" 2>&1
wait "$sampler" || true
kill -0 "$server_pid" 2>/dev/null || { echo "soak: the server died" >&2; exit 1; }
sleep 1
kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
rps=$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
created=$(awk '/^created/ { print $2 }' "$work/wrk.txt")
server_errors=$(awk '/^server-errors/ { print $2 }' "$work/wrk.txt")
stored=$("$QONUN" export comments --db "$db" --consultation "$consultation" --format json | jq length)
audit=$("$QONUN" audit verify --db "$db" && echo PASS || echo FAIL)
warm=$(awk -v w="$WARMUP" '$1 >= w && $2 != "" { print $2; exit }' "$work/rss.txt")
last=$(awk '$2 != "" { v = $2 } END { print v }' "$work/rss.txt")
peak=$(awk '$2 != "" && $2 > m { m = $2 } END { print m }' "$work/rss.txt")
growth=$(awk -v a="$warm" -v b="$last" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
v_errors=$([[ $server_errors == 0 ]] && echo PASS || echo FAIL)
v_memory=$(awk -v g="$growth" 'BEGIN { print (g < 10 ? "PASS" : "FAIL") }')
v_stored=$([[ $stored -ge $created && $((stored - created)) -le $CONNECTIONS ]] && echo PASS || echo FAIL)
v_audit=$([[ $audit == *PASS ]] && echo PASS || echo FAIL)

summary="soak ${SOAK_SECONDS}s: $requests requests ($rps/s, p99 $p99); 5xx $server_errors [$v_errors]; RSS ${warm} kB after ${WARMUP}s → ${last} kB at the end (peak $peak kB, $growth%) [$v_memory]; 201s $created, stored $stored [$v_stored]; audit [$v_audit]"
echo "$summary"
section=$(cat <<MD
<!-- soak:begin -->
### Soak ($(date -u +%Y-%m-%d), \`make soak\`)

$(nproc) cores ($(sed -n 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n 1)); wrk -t2 -c$CONNECTIONS for ${SOAK_SECONDS} s against \`qonun serve\`
(release) on loopback: 6 page reads, 2 searches (\`/api/v1/search\`) and 2 comment posts in every 10 requests.

| Check | Measured | Result |
|---|---|---|
| requests | $requests ($rps/s, p99 $p99) | |
| zero 5xx | $server_errors | $v_errors |
| resident memory grows < 10% after the ${WARMUP} s warm-up | $warm kB → $last kB ($growth%), peak $peak kB | $v_memory |
| every 201 comment stored | $created 201s, $stored stored (the difference is requests in flight when wrk stopped) | $v_stored |
| audit chain intact | \`qonun audit verify\` | $v_audit |
<!-- soak:end -->
MD
)
file=$root/RELIABILITY.md
if grep -q '<!-- soak:begin -->' "$file"; then
  python3 - "$file" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text = re.sub(r"<!-- soak:begin -->.*?<!-- soak:end -->", lambda _: section, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
else
  printf '\n%s\n' "$section" >>"$file"
fi
[[ $v_errors == PASS && $v_memory == PASS && $v_stored == PASS && $v_audit == PASS ]]
