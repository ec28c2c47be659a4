#!/usr/bin/env bash
# Publish benchmark (issue 5, item 8): pages per second for a full `qonun publish` of a generated registry,
# a second publish with nothing changed, and an incremental publish after one act changed (target: under 1 s
# for a 1,000-act registry), beside a shell loop of `xsltproc stylesheets/act.xsl data.xml` over the same
# published data.xml files (target: a full publish at least 2x faster). Builds nothing (run-all.sh does);
# rewrites only its own section of BENCHMARKS.md (between <!-- publish:begin --> and <!-- publish:end -->).
#
# Environment: QONUN, QONUN_BENCH (binaries), XSLTPROC, BENCH_PUBLISH_ACTS (1000), BENCH_SEED,
# BENCH_INCREMENTAL_RUNS (3), BENCH_KEEP=1 keeps the temporary folder, BENCHMARKS (the file to update).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
QONUN=${QONUN:-$root/.build/release/qonun}
QONUN_BENCH=${QONUN_BENCH:-$root/.build/release/qonun-bench}
XSLTPROC=${XSLTPROC:-xsltproc}
BENCH_PUBLISH_ACTS=${BENCH_PUBLISH_ACTS:-1000}
BENCH_SEED=${BENCH_SEED:-20260101}
BENCH_INCREMENTAL_RUNS=${BENCH_INCREMENTAL_RUNS:-3}
BENCHMARKS=${BENCHMARKS:-$root/BENCHMARKS.md}

for tool in "$QONUN_BENCH" "$QONUN"; do
  [[ -x $tool ]] || { echo "30-publish: $tool is missing; build it with: swift build -c release" >&2; exit 1; }
done
need() { # need COMMAND PACKAGE: install a missing tool when root, else stop with the command to run.
  command -v "$1" >/dev/null && return
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then apt-get install -y "$2" >/dev/null
  else echo "30-publish: $1 is missing (apt-get install $2)" >&2; exit 1; fi
}
need "$XSLTPROC" xsltproc
need jq jq
need perl perl

work=$(mktemp -d "${TMPDIR:-/tmp}/qonun-bench-publish.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "30-publish: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
db=$work/registry.sqlite
site=$work/site
# Pagefind (the static search index) is an external Python program: kept out of every timing.
export QONUN_PAGEFIND_PYTHON=/nonexistent

calc() { awk "BEGIN { printf \"%s\", ($1) }"; }
verdict() { if [[ $(calc "($1) ? 1 : 0") == 1 ]]; then echo PASS; else echo FAIL; fi; }
now() { echo "$EPOCHREALTIME"; }
# publish_run NAME: one timed publish; the JSON report goes to $work/NAME.json, the wall-clock seconds to $work/NAME.s.
publish_run() {
  local start end
  start=$(now)
  "$QONUN" publish --db "$db" --out "$site" --stylesheets "$root/stylesheets" --assets "$root/site" --json >"$work/$1.json"
  end=$(now)
  calc "$end - $start" >"$work/$1.s"
}
written() { jq '.written | length' "$work/$1.json"; }
# kinds NAME: "expression pages / data.xml / changes pages / work pages+views / other" written by publish NAME.
kinds() {
  jq -r '.written[]' "$work/$1.json" | awk '
    /@[^\/]*\/index\.html$/ { e++; next }  /\/data\.xml$/ { d++; next }  /\/changes\.html$/ { c++; next }
    /^akn\/.*\/(index\.html|work\.xml)$/ { w++; next }  { o++ }
    END { printf "%d %d %d %d %d", e, d, c, w, o }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "-- corpus: $BENCH_PUBLISH_ACTS acts, seed $BENCH_SEED"
start=$(now)
"$QONUN_BENCH" generate-corpus "$work/corpus" --acts "$BENCH_PUBLISH_ACTS" --seed "$BENCH_SEED" | tee "$work/corpus.json"
generate_s=$(calc "$(now) - $start")
files=$(jq .files "$work/corpus.json"); bytes=$(jq .bytes "$work/corpus.json")

echo "-- ingest"
start=$(now)
"$QONUN" ingest --db "$db" "$work/corpus" >"$work/ingest.txt"
ingest_s=$(calc "$(now) - $start")
tail -n 1 "$work/ingest.txt"

echo "-- (a) full publish"
sync
publish_run full
full_s=$(cat "$work/full.s"); full_n=$(written full); full_internal=$(jq .seconds "$work/full.json")
read -r full_expr full_data full_changes full_work full_other <<<"$(kinds full)"
full_rate=$(calc "$full_n / $full_s"); full_act_rate=$(calc "$full_expr / $full_s")
echo "   $full_n files in $full_s s ($full_expr expression pages, $full_data data.xml, $full_changes changes pages, $full_work work pages and views, $full_other other)"

echo "-- (b) publish with nothing changed"
publish_run same
same_s=$(cat "$work/same.s"); same_n=$(written same); same_removed=$(jq '.removed | length' "$work/same.json")
echo "   $same_n written, $same_removed removed in $same_s s"

echo "-- (c) incremental publish after one act changed, $BENCH_INCREMENTAL_RUNS runs"
# The latest Uzbek expression of acts spread over the corpus; one word of its first body paragraph changed.
mapfile -t acts_dirs < <(find "$work/corpus" -name 'uzb@*.xml' -printf '%h\n' | sort -u)
: >"$work/incremental.tsv"
for ((run = 1; run <= BENCH_INCREMENTAL_RUNS; run++)); do
  dir=${acts_dirs[$(( (run * ${#acts_dirs[@]}) / (BENCH_INCREMENTAL_RUNS + 1) ))]}
  file=$(find "$dir" -name 'uzb@*.xml' | sort | tail -n 1)
  before=$(md5sum <"$file")
  # The first word of the first <p> after <body> becomes "o'zgartirildi<run>".
  perl -CSD -0pi -e "s/(<body>.*?<p>)\\p{L}+/\${1}o'zgartirildi$run/s" "$file"
  [[ $(md5sum <"$file") != "$before" ]] || { echo "30-publish: could not change a word of $file" >&2; exit 1; }
  start=$(now)
  "$QONUN" ingest --db "$db" "$file" >/dev/null
  reingest_s=$(calc "$(now) - $start")
  publish_run "incremental-$run"
  inc_s=$(cat "$work/incremental-$run.s"); inc_n=$(written "incremental-$run")
  rel=${file#"$work/corpus"}
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "${rel%.xml}" "$reingest_s" "$inc_s" "$inc_n" \
    "$(jq -r '.written | join(" ")' "$work/incremental-$run.json")" >>"$work/incremental.tsv"
  echo "   run $run: ${rel%.xml}: re-ingest $reingest_s s, publish $inc_s s, $inc_n files written"
done
inc_median=$(cut -f4 "$work/incremental.tsv" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
inc_max=$(cut -f4 "$work/incremental.tsv" | sort -g | tail -n 1)
inc_rows=$(awk -F'\t' '{
    n = split($6, paths, " "); list = ""
    for (i = 1; i <= n; i++) { sub("^akn/uz/act/", "", paths[i]); list = list (i > 1 ? ", " : "") "`" paths[i] "`" }
    printf "| %s | `%s` | %.3f | **%.3f** | %s | %s |\n", $1, $2, $3, $4, $5, list }' "$work/incremental.tsv")

echo "-- (d) baseline: xsltproc act.xsl over the same $full_data data.xml files, one after another"
mapfile -t data_files < <(find "$site/akn" -name data.xml | sort)
mkdir -p "$work/xsltproc"
sync
start=$(now)
i=0
for data in "${data_files[@]}"; do
  "$XSLTPROC" "$root/stylesheets/act.xsl" "$data" >"$work/xsltproc/$i.html"
  i=$((i + 1))
done
xslt_s=$(calc "$(now) - $start")
xslt_n=${#data_files[@]}
xslt_rate=$(calc "$xslt_n / $xslt_s")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "   $xslt_n pages in $xslt_s s"
# One page each way, to show the two produce the same kind of page.
sample=${data_files[0]}
sample_ours=$(wc -c <"${sample%data.xml}index.html"); sample_theirs=$(wc -c <"$work/xsltproc/0.html")

ratio_all=$(calc "$full_rate / $xslt_rate"); ratio_act=$(calc "$full_act_rate / $xslt_rate")
v_full=$(verdict "$ratio_act >= 2"); v_inc=$(verdict "$inc_max < 1")
v_same=$(verdict "$same_n == 0")
cpu_model=$(sed -n 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n 1)
swift_version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9.]*\).*/\1/p' | head -n 1)
xslt_version=$("$XSLTPROC" --version | head -n 1 | sed 's/^Using //')
f3() { printf '%.3f' "$1"; }
f1() { printf '%.1f' "$1"; }

section=$(cat <<MD
<!-- publish:begin -->
## Publish: static site through XSLT

Written by \`scripts/bench/30-publish.sh\` (\`make bench\`); do not edit by hand between the markers.
Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu_model), shared with other work: load average $load_before
before and $load_after after. Swift ${swift_version:-?} release build; $xslt_version.

**Registry.** \`qonun-bench generate-corpus --acts $BENCH_PUBLISH_ACTS --seed $BENCH_SEED\` ($(f1 "$generate_s") s):
$BENCH_PUBLISH_ACTS synthetic acts in Uzbek and Russian with 1–3 versions each, $files Akoma Ntoso expressions,
$(f1 "$(calc "$bytes / 1e6")") MB; \`qonun ingest\` into an empty database took $(f1 "$ingest_s") s.

**Method.** Every figure is the wall clock of the whole \`qonun publish --db DB --out SITE --stylesheets
stylesheets --assets site --json\` process (start, registry snapshot, rendering on both cores, atomic writes, the
manifest), with \`QONUN_PAGEFIND_PYTHON=/nonexistent\` so that the Pagefind search index (an external Python
program) is not built. Pages = the files the publish wrote (the \`written\` array of its JSON report). The baseline
is a shell loop, one \`xsltproc stylesheets/act.xsl data.xml > N.html\` per file, over the same published
\`akn/**/data.xml\` files, one process per page as a publisher with only the portable stylesheet would run it
(no parameters, so no timeline of the work from \`work.xml\`; one page each way: $sample_ours bytes from
\`qonun publish\`, $sample_theirs from xsltproc). The target compares the **expression pages only** on our side
(the same kind of page as the baseline's), divided by the time of the whole publish that also rendered every
other page: a conservative ratio. Incremental: the first word of the first body paragraph of the latest Uzbek
expression of one act is replaced (\`perl\`), that one file is re-ingested (\`qonun ingest --db DB FILE\`, timed
apart), then the site is published again; $BENCH_INCREMENTAL_RUNS runs, a different act each time.

| | Files | Seconds | Files/s |
|---|---|---|---|
| (a) full publish, all files | $full_n | $(f3 "$full_s") (in process $(f3 "$full_internal")) | **$(f1 "$full_rate")** |
| (a) … of which expression pages (\`…/lang@date/index.html\`) | $full_expr | same publish | **$(f1 "$full_act_rate")** |
| (a) … data.xml / changes pages / work pages and work.xml / other | $full_data / $full_changes / $full_work / $full_other | | |
| (d) xsltproc loop, act.xsl over every data.xml | $xslt_n | $(f3 "$xslt_s") | **$(f1 "$xslt_rate")** |
| (b) second publish, nothing changed | $same_n written, $same_removed removed | $(f3 "$same_s") | |
| (c) incremental publish after one act changed (median of $BENCH_INCREMENTAL_RUNS) | see below | **$(f3 "$inc_median")** | |

| Target | Measured | Result |
|---|---|---|
| full publish ≥ 2× the xsltproc loop | expression pages $(f1 "$full_act_rate")/s vs $(f1 "$xslt_rate")/s = **$(printf '%.1f' "$ratio_act")×** (all files: $(printf '%.1f' "$ratio_all")×) | **$v_full** |
| incremental publish of a $BENCH_PUBLISH_ACTS-act registry after one change < 1 s | slowest of $BENCH_INCREMENTAL_RUNS runs $(f3 "$inc_max") s | **$v_inc** |
| a second publish with nothing changed writes nothing | $same_n files written | **$v_same** |

Incremental runs (the changed expression, re-ingest and publish seconds, files written):

| Run | Changed expression | Re-ingest s | Publish s | Written | Files written (under \`akn/uz/act/\` when so) |
|---|---|---|---|---|---|
$inc_rows

**Notes (2026-12-03).** Each stylesheet is compiled once per publish, and the documents it reads from its own
folder with \`document()\` (the interface strings, \`strings.xml\`, 27 KB) are parsed once and shared by every
transformation (\`StylesheetResources\` in \`Sources/LibXML/XSLTStylesheet.swift\`), where the xsltproc loop parses
them again for every page. Each page still parses its \`data.xml\` source and its work's \`work.xml\` view. Search
records for Pagefind are built only when Pagefind runs. The 1,000-act publish also renders $full_changes changes
pages and $full_work work pages and views the baseline does not; counted by all files written it is
$(printf '%.1f' "$ratio_all")× the loop, by expression pages alone $(printf '%.1f' "$ratio_act")×. The incremental
publish is dominated by reading the registry snapshot and hashing the inputs of every page to find the three that
changed.
<!-- publish:end -->
MD
)

printf '%s\n' "$section" >"$work/section.md"
if grep -q '<!-- publish:begin -->' "$BENCHMARKS"; then
  awk -v section="$work/section.md" '
    /<!-- publish:begin -->/ { while ((getline line < section) > 0) print line; skipping = 1; next }
    /<!-- publish:end -->/ { skipping = 0; next }
    !skipping { print }
  ' "$BENCHMARKS" >"$work/BENCHMARKS.md"
  cat "$work/BENCHMARKS.md" >"$BENCHMARKS"
else
  printf '\n%s\n' "$section" >>"$BENCHMARKS"
fi

echo "-- publish: full $(f1 "$full_rate") files/s ($(f1 "$full_act_rate") expression pages/s) vs xsltproc $(f1 "$xslt_rate")/s = $(printf '%.1f' "$ratio_act")x [$v_full];"
echo "   no change: $same_n written [$v_same]; incremental median $(f3 "$inc_median") s, max $(f3 "$inc_max") s [$v_inc]"
