#!/usr/bin/env bash
# Runs the test suite on other Node versions than the one that installed node_modules.
#
#   scripts/test-runtimes.sh                              # the pinned versions below, `npm test`
#   scripts/test-runtimes.sh 24 22.23.5                   # any versions or majors the registry has
#   scripts/test-runtimes.sh 24.22.3 -- tests/store       # arguments after -- go to vitest
#
# For each version: fetch Node's binary package from the npm registry (node-<platform>-<arch>, which
# carries the headers a native build needs), copy the project and its node_modules to a scratch
# folder, rebuild better-sqlite3 there against that Node, and run `npm test` with that Node first on
# PATH. The project's own node_modules is never touched, so the rest of a CI run keeps its Node.
#
# The unpacked Node and the built driver are kept in a cache folder keyed by their exact versions,
# so a second run skips the 3-minute compile of SQLite; delete the folder to rebuild from scratch.
#
# Exit status: non-zero when a runtime's driver build or tests fail (a dependency that stops
# supporting that Node is what this is here to catch), or when the registry says it has no such
# version. A runtime whose binary cannot be fetched otherwise (the registry unreachable) is
# reported as NOT TESTED and does not fail the run.
set -euo pipefail

# Exact versions, so a new Node release changes CI only through a commit. Bump them deliberately.
# 20.18.1 is the floor package.json's engines promises; 22 and 24 are the maintained LTS lines.
PINNED=(20.18.1 22.23.5 24.22.3)
# The npm script run in each copy; TEST_RUNTIMES_SCRIPT=test:soak (say) runs another.
SCRIPT=${TEST_RUNTIMES_SCRIPT:-test}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSIONS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do VERSIONS+=("$1"); shift; done
[ "${1:-}" != "--" ] || shift
VITEST_ARGS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=("${PINNED[@]}")

PLATFORM=$(node -p 'process.platform + "-" + process.arch')
BSQLITE=$(node -p 'require(process.argv[1]).version' "$ROOT/node_modules/better-sqlite3/package.json")
CACHE=${TEST_RUNTIMES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/exportwatch-runtimes}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/exportwatch-runtimes.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$CACHE"

SUMMARY=()
failed=0

# Seconds since $1 (a value of $SECONDS).
since() { echo $((SECONDS - $1)); }

# Prints the folder of Node <version> (unpacked from the registry's binary package), or fails.
fetch_node() {
  local wanted=$1 dir="$CACHE/node-$PLATFORM-$1"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp="$WORK/fetch-$wanted" tarball version
    mkdir -p "$tmp/node"
    tarball=$(cd "$tmp" && npm pack "node-$PLATFORM@$wanted" --loglevel=error --fetch-retries=1 --fetch-timeout=120000 2>"$tmp/pack.log") || {
      grep -m 3 "^npm error" "$tmp/pack.log" >&2 || tail -3 "$tmp/pack.log" >&2
      # The registry's own "no such version" is a mistake in the versions asked for, not the network.
      if grep -qE 'ETARGET|E404' "$tmp/pack.log"; then return 2; fi
      return 1
    }
    tar -xzf "$tmp/$tarball" -C "$tmp/node" --strip-components=1
    # A major (24) resolves to today's newest 24.x: keep it under its exact version.
    version=$("$tmp/node/bin/node" -p 'process.versions.node')
    dir="$CACHE/node-$PLATFORM-$version"
    if [ ! -x "$dir/bin/node" ]; then rm -rf "$dir"; mv "$tmp/node" "$dir"; fi
    rm -rf "$tmp"
  fi
  echo "$dir"
}

run_one() {
  local wanted=$1 started=$SECONDS nodedir version
  echo "== node $wanted: fetching node-$PLATFORM@$wanted from the npm registry (or the cache)"
  local fetched=0
  nodedir=$(fetch_node "$wanted") || fetched=$?
  if [ "$fetched" -eq 2 ]; then
    SUMMARY+=("node $wanted: FAILED (the registry has no node-$PLATFORM@$wanted)")
    failed=1
    return 0
  elif [ "$fetched" -ne 0 ]; then
    echo "node $wanted: NOT TESTED: could not fetch node-$PLATFORM@$wanted (npm's words above)" >&2
    SUMMARY+=("node $wanted: NOT TESTED (binary not fetched)")
    return 0
  fi
  version=$("$nodedir/bin/node" --version)
  # The copy sits in a folder of its own beside a link to ../shared, as the repository does: the
  # eval's tests read the labelled corpus there.
  local project="$WORK/$version/exportwatch"
  # Everything below runs with this Node first on PATH: npm, node-gyp, tsc, vitest and the CLI
  # processes the tests spawn (they use process.execPath) all run on it.
  local path="$nodedir/bin:$PATH"

  echo "== node $version: copying the project and node_modules to $project"
  mkdir -p "$project"
  if [ -d "$ROOT/../shared" ]; then ln -s "$(cd "$ROOT/../shared" && pwd)" "$WORK/$version/shared"; fi
  tar -C "$ROOT" --exclude=./.git --exclude=./node_modules --exclude=./dist --exclude=./dist-bench \
    --exclude=./coverage -cf - . | tar -C "$project" -xf -
  cp -a "$ROOT/node_modules" "$project/node_modules"

  local addon="$CACHE/better-sqlite3-$BSQLITE-node-${version#v}-$PLATFORM.node"
  local target="$project/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
  if [ "$("$nodedir/bin/node" -p process.versions.modules)" = "$(node -p process.versions.modules)" ]; then
    # Node keeps its native ABI within a major: node_modules' own build serves, e.g., 20.18.1 too.
    echo "== node $version: same native ABI as node_modules' Node ($(node --version)); its better-sqlite3 build serves"
  elif [ -f "$addon" ]; then
    echo "== node $version: better-sqlite3 $BSQLITE from the cache ($addon)"
    cp "$addon" "$target"
  else
    local built=$SECONDS
    echo "== node $version: building better-sqlite3 $BSQLITE from source against its headers"
    # build_from_source skips prebuild-install's download (only the registries are reachable here);
    # nodedir points node-gyp at the headers the binary package ships instead of downloading them.
    if ! (cd "$project" && PATH=$path JOBS=max npm_config_nodedir="$nodedir" npm_config_build_from_source=true \
      npm rebuild better-sqlite3 --foreground-scripts >"$WORK/build.log" 2>&1); then
      echo "node $version: the better-sqlite3 build FAILED; the end of its log:" >&2
      tail -30 "$WORK/build.log" >&2
      SUMMARY+=("node $version: FAILED (better-sqlite3 build)")
      failed=1
      rm -rf "$WORK/$version"
      return 0
    fi
    echo "== node $version: better-sqlite3 built in $(since "$built") s"
    cp "$target" "$addon.tmp" && mv "$addon.tmp" "$addon"
  fi
  local sqlite
  if ! sqlite=$(cd "$project" && PATH=$path node -e \
    'const D = require("better-sqlite3"); console.log(new D(":memory:").prepare("select sqlite_version() as v").get().v)' 2>&1); then
    echo "node $version: the rebuilt better-sqlite3 does not load: $sqlite" >&2
    SUMMARY+=("node $version: FAILED (better-sqlite3 does not load)")
    failed=1
    rm -f "$addon"
    rm -rf "$WORK/$version"
    return 0
  fi
  echo "== node $version: better-sqlite3 loads (SQLite $sqlite)"

  local tested=$SECONDS
  echo "== node $version: npm run $SCRIPT ${VITEST_ARGS[*]}"
  if (cd "$project" && PATH=$path npm run "$SCRIPT" ${VITEST_ARGS[@]+-- "${VITEST_ARGS[@]}"}); then
    SUMMARY+=("node $version: passed (npm run $SCRIPT: $(since "$tested") s; with set-up: $(since "$started") s)")
  else
    SUMMARY+=("node $version: FAILED (npm run $SCRIPT: $(since "$tested") s)")
    failed=1
  fi
  rm -rf "$WORK/$version"
}

for wanted in "${VERSIONS[@]}"; do
  run_one "$wanted"
done

echo "== runtimes"
printf '%s\n' "${SUMMARY[@]}"
exit "$failed"
