#!/usr/bin/env bash
# HTTP benchmark (issue 6, item 12): wrk on loopback against `qonun serve` — GET of a published expression page
# and of the server-rendered consultation page, and comment POSTs through the JSON API — beside a Hummingbird
# "hello world" on the same machine. Targets: reads at least half of hello world's rate; comment POSTs at least
# 1,000/s with p99 at most 50 ms. After the POSTs: the audit chain verifies and the comments stored equal the
# 201 responses wrk saw. Builds nothing of Qonun (run-all.sh does); builds the hello-world baseline when needed;
# rewrites only its own section of BENCHMARKS.md (between <!-- http:begin --> and <!-- http:end -->).
#
# Environment: QONUN, QONUN_BENCH (binaries), WRK, BENCH_HTTP_DURATION (20s), BENCH_HTTP_THREADS (2),
# BENCH_HTTP_CONNECTIONS (32), BENCH_HTTP_USERS (16), BENCH_HTTP_PORT (18480), HELLO_DIR (where the standalone
# hello-world package is built when qonun-bench has no hello-server command), BENCH_KEEP=1, BENCHMARKS.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
QONUN=${QONUN:-$root/.build/release/qonun}
QONUN_BENCH=${QONUN_BENCH:-$root/.build/release/qonun-bench}
WRK=${WRK:-wrk}
DURATION=${BENCH_HTTP_DURATION:-20s}
THREADS=${BENCH_HTTP_THREADS:-2}
CONNECTIONS=${BENCH_HTTP_CONNECTIONS:-32}
USERS=${BENCH_HTTP_USERS:-16}
PORT=${BENCH_HTTP_PORT:-18480}
HELLO_PORT=$((PORT + 1))
HELLO_DIR=${HELLO_DIR:-${TMPDIR:-/tmp}/qonun-bench-hello}
BENCHMARKS=${BENCHMARKS:-$root/BENCHMARKS.md}
DRAFT=/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02
PAGE=/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html

[[ -x $QONUN ]] || { echo "40-http: $QONUN is missing; build it with: swift build -c release" >&2; exit 1; }
need() { # need COMMAND PACKAGE: install a missing tool when root, else stop with the command to run.
  command -v "$1" >/dev/null && return
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then apt-get install -y "$2" >/dev/null
  else echo "40-http: $1 is missing (apt-get install $2)" >&2; exit 1; fi
}
need "$WRK" wrk
need curl curl
need jq jq

work=$(mktemp -d "${TMPDIR:-/tmp}/qonun-bench-http.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "40-http: keeping $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
db=$work/qonun.sqlite
site=$work/site
calc() { awk "BEGIN { printf \"%s\", ($1) }"; }
verdict() { if [[ $(calc "($1) ? 1 : 0") == 1 ]]; then echo PASS; else echo FAIL; fi; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_up() { # wait_up URL PID: until the server answers (or died).
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "40-http: the server for $1 exited" >&2; return 1; }
    sleep 0.1
  done
  echo "40-http: $1 did not answer within 30 s" >&2; return 1
}
for port in "$PORT" "$HELLO_PORT"; do port_free "$port" || { echo "40-http: port $port is in use (set BENCH_HTTP_PORT)" >&2; exit 1; }; done

# ---- the hello-world baseline: `qonun-bench hello-server PORT` when QonunBench links Hummingbird, else the same
# few lines as a standalone package pinned to the Hummingbird version of Package.resolved.
hummingbird_version=$(jq -r '.pins[] | select(.identity == "hummingbird") | .state.version' "$root/Package.resolved")
if [[ -x $QONUN_BENCH ]] && "$QONUN_BENCH" help 2>/dev/null | grep -q hello-server; then
  hello_cmd=("$QONUN_BENCH" hello-server "$HELLO_PORT")
  hello_how="\`qonun-bench hello-server\` (Sources/QonunBench/HelloServer.swift)"
else
  echo "-- building the hello-world baseline in $HELLO_DIR (hummingbird $hummingbird_version)"
  mkdir -p "$HELLO_DIR/Sources/hello"
  cp "$root/Package.resolved" "$HELLO_DIR/Package.resolved"
  cat >"$HELLO_DIR/Package.swift" <<SWIFT
// swift-tools-version:6.0
// The hello-world baseline of Qonun's scripts/bench/40-http.sh: the Hummingbird version Qonun resolves.
import PackageDescription

let package = Package(
    name: "hello",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird", exact: "$hummingbird_version")],
    targets: [.executableTarget(name: "hello", dependencies: [.product(name: "Hummingbird", package: "hummingbird")])]
)
SWIFT
  cat >"$HELLO_DIR/Sources/hello/main.swift" <<'SWIFT'
import Hummingbird

// hello PORT: GET / answers "Hello, world!" on 127.0.0.1:PORT; no middleware.
let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8090 : 8090
let router = Router()
router.get("/") { _, _ in "Hello, world!" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "hello"))
try await app.runService()
SWIFT
  (cd "$HELLO_DIR" && swift build -c release --product hello >"$work/hello-build.log" 2>&1) ||
    { tail -n 20 "$work/hello-build.log" >&2; exit 1; }
  hello_cmd=("$HELLO_DIR/.build/release/hello" "$HELLO_PORT")
  hello_how="a standalone package (\`Sources/hello/main.swift\`, written by this script) pinned to the same
hummingbird $hummingbird_version, release build, because QonunBench does not link Hummingbird"
fi

# ---- the registry, the site, the consultation, the users
echo "-- setup: ingest corpus/, publish, open a consultation, $USERS users"
"$QONUN" ingest --db "$db" "$root/corpus" >/dev/null
QONUN_PAGEFIND_PYTHON=/nonexistent "$QONUN" publish --db "$db" --out "$site" --stylesheets "$root/stylesheets" --assets "$root/site" >/dev/null
consultation=$("$QONUN" consultation open "$DRAFT" --db "$db" --opens now --closes +30d | tail -n 1)
[[ $consultation =~ ^[0-9]+$ ]] || { echo "40-http: consultation open printed '$consultation'" >&2; exit 1; }
for ((i = 1; i <= USERS; i++)); do printf 'password-123\n' | "$QONUN" user add "bench-user-$i" --db "$db" >/dev/null; done

# ---- measurements
# run_wrk NAME URL [wrk options...]: wrk with --latency; output in $work/NAME.txt.
run_wrk() {
  local name=$1 url=$2; shift 2
  "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$work/$name.txt" 2>&1
  sed -n '/Requests\/sec/p;/ 99%/p;/Non-2xx/p;/Socket errors/p;/^created/p;/^status/p' "$work/$name.txt" | sed 's/^/   /'
}
# alive NAME: stop with the server's exit status when it did not survive the run NAME.
alive() {
  kill -0 "$server_pid" 2>/dev/null && return
  local status=0; wait "$server_pid" || status=$?
  echo "40-http: qonun serve exited (status $status) during the $1 run; its log: $work/server.log" >&2
  tail -n 5 "$work/server.log" >&2; BENCH_KEEP=1; exit 1
}
rps() { awk '/^Requests\/sec/ { print $2 }' "$work/$1.txt"; }
# p99 in milliseconds (wrk prints us, ms or s).
p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$work/$1.txt"; }
requests() { awk '/requests in/ { print $1 }' "$work/$1.txt"; }
non2xx() { awk '/Non-2xx/ { n = $NF } END { print n + 0 }' "$work/$1.txt"; }
errors() { local found; found=$(sed -n 's/^ *Socket errors: /socket errors: /p' "$work/$1.txt"); echo "${found:-no socket errors}"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "-- hello world: ${hello_cmd[*]}"
"${hello_cmd[@]}" >"$work/hello.log" 2>&1 &
pids+=("$!"); hello_pid=$!
wait_up "http://127.0.0.1:$HELLO_PORT/" "$hello_pid"
run_wrk hello "http://127.0.0.1:$HELLO_PORT/"
kill -TERM "$hello_pid"; wait "$hello_pid" 2>/dev/null || true

echo "-- qonun serve"
"$QONUN" serve --db "$db" --site "$site" --host 127.0.0.1 --port "$PORT" \
  --comments-per-minute 1000000 --comments-per-minute-per-address 1000000 >"$work/server.log" 2>&1 &
pids+=("$!"); server_pid=$!
base=http://127.0.0.1:$PORT
wait_up "$base/api/v1/health" "$server_pid"
page_bytes=$(curl -fsS "$base$PAGE" | wc -c)
consultation_bytes=$(curl -fsS "$base/consultations/$consultation" | wc -c)
PROVISION=/consultations/$consultation/provisions/art_1
provision_bytes=$(curl -fsS "$base$PROVISION" | wc -c)

echo "-- GET $PROVISION ($provision_bytes bytes)"
run_wrk provision "$base$PROVISION"
alive provision
echo "-- GET $PAGE ($page_bytes bytes)"
run_wrk page "$base$PAGE"
alive page
echo "-- GET /consultations/$consultation ($consultation_bytes bytes)"
run_wrk consultation "$base/consultations/$consultation"
alive consultation

echo "-- POST /api/v1/consultations/$consultation/comments, $USERS accounts"
tokens=()
for ((i = 1; i <= USERS; i++)); do
  token=$(curl -fsS -X POST "$base/api/v1/session" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench-user-$i\",\"password\":\"password-123\"}" | jq -r .token)
  [[ -n $token && $token != null ]] || { echo "40-http: no token for bench-user-$i" >&2; exit 1; }
  tokens+=("\"$token\"")
done
before_comments=$("$QONUN" export comments --db "$db" --consultation "$consultation" --format json | jq length)
cat >"$work/comments.lua" <<LUA
-- Comment POSTs: each request signed by the next account's bearer token; counts the responses by status.
local tokens = { $(IFS=,; echo "${tokens[*]}") }
local threads = {}
local serial = 0

function setup(thread)
  serial = serial + 1
  thread:set("id", serial)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  created = 0
  other = 0
  statuses = {}
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"eId":"art_1","stance":"support","body":"Benchmark comment %d-%d: the article should name the agency responsible for the portal and the deadline for answering requests."}',
    id, counter)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(counter + id) % #tokens + 1],
  }
  return wrk.format("POST", "/api/v1/consultations/$consultation/comments", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_created, total_other, by_status = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_other = total_other + thread:get("other")
    for status, count in pairs(thread:get("statuses")) do by_status[status] = (by_status[status] or 0) + count end
  end
  io.write(string.format("created %d\n", total_created))
  io.write(string.format("not-201 %d\n", total_other))
  for status, count in pairs(by_status) do io.write(string.format("status %d: %d\n", status, count)) end
end
LUA
run_wrk comments "$base/" -s "$work/comments.lua"
alive comments
sleep 1
kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

created=$(awk '/^created/ { print $2 }' "$work/comments.txt")
not201=$(awk '/^not-201/ { print $2 }' "$work/comments.txt")
status_list=$(sed -n 's/^status \([0-9]*\): \([0-9]*\)/\1 × \2/p' "$work/comments.txt" | paste -sd, - | sed 's/,/, /g')
after_comments=$("$QONUN" export comments --db "$db" --consultation "$consultation" --format json | jq length)
stored=$((after_comments - before_comments))
# Comment POSTs the server received (its request log), beside what wrk saw: wrk stops counting when its time is up,
# while requests still in flight on its connections are completed by the server.
received=$(grep -c 'hb.request.method=POST hb.request.path=/api/v1/consultations/[0-9]*/comments' "$work/server.log" || true)
if "$QONUN" audit verify --db "$db" >"$work/audit.txt" 2>&1; then audit="intact (exit 0): $(tail -n 1 "$work/audit.txt")"
else audit="BROKEN (exit $?): $(tail -n 1 "$work/audit.txt")"; fi
log_lines=$(wc -l <"$work/server.log")

hello_rps=$(rps hello); provision_rps=$(rps provision); page_rps=$(rps page); cons_rps=$(rps consultation); post_rps=$(rps comments)
post_duration=$(awk '/requests in/ { v = $4; sub(/,$/, "", v); if (v ~ /ms$/) { sub(/ms$/, "", v); v /= 1000 } else if (v ~ /m$/) { sub(/m$/, "", v); v *= 60 } else sub(/s$/, "", v); print v }' "$work/comments.txt")
created_rps=$(calc "$created / $post_duration")
v_provision=$(verdict "$provision_rps >= $hello_rps / 2"); v_page=$(verdict "$page_rps >= $hello_rps / 2"); v_cons=$(verdict "$cons_rps >= $hello_rps / 2")
v_post=$(verdict "$created_rps >= 1000"); v_p99=$(verdict "$(p99 comments) <= 50")
v_count=$(verdict "$stored == $received && $stored >= $created && $stored - $created <= $CONNECTIONS"); v_audit=$([[ $audit == intact* ]] && echo PASS || echo FAIL)
cpu_model=$(sed -n 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n 1)
swift_version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9.]*\).*/\1/p' | head -n 1)
wrk_version=$({ "$WRK" -v 2>&1 || true; } | head -n 1 | cut -d' ' -f1-2)
pct() { printf '%.0f %%' "$(calc "100 * $1 / $hello_rps")"; }
f0() { printf '%.0f' "$1"; }

section=$(cat <<MD
<!-- http:begin -->
## HTTP: \`qonun serve\` under wrk

Written by \`scripts/bench/40-http.sh\` (\`make bench\`); do not edit by hand between the markers.
Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu_model), shared with other work: load average $load_before
before and $load_after after. Swift ${swift_version:-?} release builds, hummingbird $hummingbird_version, $wrk_version.

**Method.** Loopback only (127.0.0.1), wrk and the server on the same $(nproc) cores: \`wrk -t$THREADS -c$CONNECTIONS
-d$DURATION --latency\` per row, one server at a time. The database holds \`corpus/\` (ingested), the site is
\`qonun publish\` of it (Pagefind off), a consultation is open on \`$DRAFT\` (\`--opens now --closes +30d\`) and
$USERS accounts were made with \`qonun user add\`. \`qonun serve --comments-per-minute 1000000
--comments-per-minute-per-address 1000000\` (so the rate limits never refuse), its one log line per request written to
a file. The hello world is $hello_how: \`GET /\` → "Hello, world!", no middleware, no logging. Comment POSTs: a wrk
Lua script builds every request (\`{"eId":"art_1","stance":"support","body":"…"}\`, a distinct body each, ~150
bytes) with the bearer token of the next of the $USERS accounts (tokens from \`POST /api/v1/session\`) and counts the
responses by status; the rate given for the target counts **201 responses only**. Afterwards \`qonun audit verify\`
checks the hash chain and \`qonun export comments --format json\` counts the stored comments.

| Request | Bytes | Requests/s | p99 ms | vs hello world | Errors |
|---|---|---|---|---|---|
| hello world \`GET /\` | 13 | **$(f0 "$hello_rps")** | $(p99 hello) | 100 % | $(non2xx hello) non-2xx; $(errors hello) |
| \`GET $PROVISION\` (provision page of the draft: text and thread, server-rendered) | $provision_bytes | **$(f0 "$provision_rps")** | $(p99 provision) | $(pct "$provision_rps") | $(non2xx provision) non-2xx; $(errors provision) |
| \`GET $PAGE\` (published expression page, static file) | $page_bytes | **$(f0 "$page_rps")** | $(p99 page) | $(pct "$page_rps") | $(non2xx page) non-2xx; $(errors page) |
| \`GET /consultations/$consultation\` (server-rendered) | $consultation_bytes | **$(f0 "$cons_rps")** | $(p99 consultation) | $(pct "$cons_rps") | $(non2xx consultation) non-2xx; $(errors consultation) |
| \`POST /api/v1/consultations/$consultation/comments\` | ~150 in | **$(f0 "$created_rps")** 201/s ($(f0 "$post_rps") responses/s) | $(p99 comments) | | $not201 not 201${status_list:+ ($status_list)}; $(errors comments) |

| Target | Measured | Result |
|---|---|---|
| provision page GET ≥ half of hello world (the issue's read target) | $(f0 "$provision_rps") vs $(f0 "$hello_rps")/2 = $(f0 "$(calc "$hello_rps / 2")") req/s | **$v_provision** |
| (also reported) expression page GET, 80 KB static file, ≥ half of hello world | $(f0 "$page_rps") vs $(f0 "$(calc "$hello_rps / 2")") req/s | $v_page |
| (also reported) whole consultation page GET ≥ half of hello world | $(f0 "$cons_rps") vs $(f0 "$(calc "$hello_rps / 2")") req/s | $v_cons |
| comment POSTs ≥ 1,000/s (201 only) | $(f0 "$created_rps")/s | **$v_post** |
| comment POST p99 ≤ 50 ms | $(p99 comments) ms | **$v_p99** |
| every comment POST stored, none lost | $stored stored = $received POSTs received by the server (its log); wrk saw $created 201s, $((stored - created)) were in flight on its $CONNECTIONS connections when it stopped | **$v_count** |
| audit chain intact after the POSTs | $audit | **$v_audit** |

Server log: $log_lines lines for the whole run.

**Notes.** The provision page (\`/consultations/ID/provisions/EID\`: one article of the draft, its comment counts by
stance and its thread) is rendered once and then served from memory until the store's change count (the audit log's
last entry) or the consultation's state changes; each request still reads the change count from SQLite. A comment POST
compares the new comment with an in-memory window of the provision's latest top-level comments (campaign
detection, caught up from the database inside the post's transaction) and runs only prepared-once statements. Store
calls run on NIO's blocking thread pool, never on Swift's cooperative threads, so a comment write does not stall the
reads of other connections. The expression page is an 80 KB file that \`FileMiddleware\` reads from disk per request
(a CDN serves the published site in production); the whole consultation page renders every provision of the draft
and every comment on each request. Every row includes the server's one log line per request; the hello world logs
nothing.
<!-- http:end -->
MD
)

printf '%s\n' "$section" >"$work/section.md"
if grep -q '<!-- http:begin -->' "$BENCHMARKS"; then
  awk -v section="$work/section.md" '
    /<!-- http:begin -->/ { while ((getline line < section) > 0) print line; skipping = 1; next }
    /<!-- http:end -->/ { skipping = 0; next }
    !skipping { print }
  ' "$BENCHMARKS" >"$work/BENCHMARKS.md"
  cat "$work/BENCHMARKS.md" >"$BENCHMARKS"
else
  printf '\n%s\n' "$section" >>"$BENCHMARKS"
fi

echo "-- http: hello $(f0 "$hello_rps")/s; provision page $(f0 "$provision_rps")/s [$v_provision]; page $(f0 "$page_rps")/s [$v_page]; consultation $(f0 "$cons_rps")/s [$v_cons];"
echo "   comments $(f0 "$created_rps") 201/s [$v_post], p99 $(p99 comments) ms [$v_p99]; stored $stored = 201s $created [$v_count]; audit $v_audit"
