#!/usr/bin/env bash
# `make check-sanitizers`: the whole test suite under AddressSanitizer, then under ThreadSanitizer.
#
# Each sanitizer gets its own build folder (.build-asan, .build-tsan), so the normal .build is untouched and a
# second run only rebuilds what changed. The `qonun` binary the CLI tests start is built into the same folder
# with the same sanitizer, so crash, ingest and server tests exercise instrumented processes too.
#
#   SANITIZERS="address"        only one of them (default: "address thread")
#   SANITIZER_FILTER=Registry   only the suites whose names match (swift test --filter)
#
# A sanitizer report makes the test process exit non-zero (halt_on_error / TSan's exitcode), which fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

sanitizers="${SANITIZERS:-address thread}"
filter=()
if [ -n "${SANITIZER_FILTER:-}" ]; then filter=(--filter "$SANITIZER_FILTER"); fi
# Reports go to files as well as to standard error, so a report from a child process (the CLI tests start
# `qonun` processes, whose standard error the tests capture) is never lost.
report_dir="$(pwd)/.build-sanitizer-reports"
rm -rf "$report_dir"; mkdir -p "$report_dir"

# The Swift runtime and libxml2 keep process-lifetime caches that LeakSanitizer would list at exit; leaks of our
# own objects would show up as growth in the soak test instead. Everything else is fatal on the first report.
export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0:log_path=$report_dir/asan"
# Known reports in other packages' code are suppressed, each with its reason, in scripts/tsan-suppressions.txt.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:exitcode=66:log_path=$report_dir/tsan:suppressions=$(pwd)/scripts/tsan-suppressions.txt"
# The fuzz tests' bounded run is kept small under the sanitizers (they are 5–20 times slower).
export QONUN_FUZZ_ITERATIONS="${QONUN_FUZZ_ITERATIONS:-300}"

status=0
for sanitizer in $sanitizers; do
  case "$sanitizer" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
  esac
  echo "== $sanitizer sanitizer: building into $scratch"
  if ! swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"; then
    echo "== $sanitizer sanitizer: build failed" >&2; status=1; continue
  fi
  echo "== $sanitizer sanitizer: running the tests"
  if swift test --skip-build --disable-xctest --sanitize="$sanitizer" --scratch-path "$scratch" "${filter[@]}"; then
    echo "== $sanitizer sanitizer: tests passed"
  else
    echo "== $sanitizer sanitizer: tests FAILED" >&2; status=1
  fi
done

reports=$(find "$report_dir" -type f | sort)
if [ -n "$reports" ]; then
  echo "== sanitizer reports (from the test process or the qonun processes it started):" >&2
  for report in $reports; do echo "--- $report" >&2; cat "$report" >&2; done
  status=1
else
  echo "== no sanitizer reports"
fi
exit $status
