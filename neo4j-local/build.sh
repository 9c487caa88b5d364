#!/usr/bin/env bash
# Builds the embedded Neo4j launcher into target/ (classes + dependency jars) unless it is up to date.
# Retries on transient download failures: a cold build downloads ~125 MB from Maven Central.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

# The stamp records what was built; a change to the pom or a source file triggers a rebuild.
fingerprint() {
  { cat pom.xml; find src -type f -print0 | sort -z | xargs -0 cat; } | sha256sum | cut -d' ' -f1
}
stamp=target/.build-stamp

build() {
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$(fingerprint)" ]] && compgen -G 'target/dependency/neo4j-5*.jar' >/dev/null; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || { echo "neo4j-local: Maven (mvn) is not installed" >&2; return 127; }
  echo "neo4j-local: building the launcher (a first build downloads ~125 MB from Maven Central)" >&2
  # Stale jars from an older Neo4j version would end up on the classpath next to the new ones.
  rm -rf target/dependency "$stamp"
  local attempt
  for attempt in 1 2 3; do
    # Maven 3.8 with -q still prints bare colour resets; strip escapes (pipefail keeps Maven's status).
    if mvn -B -q -Dstyle.color=never -Dmaven.wagon.http.retryHandler.count=3 -Dmaven.wagon.httpconnectionManager.ttlSeconds=25 \
      package dependency:copy-dependencies "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' >&2; then
      fingerprint >"$stamp"
      return 0
    fi
    echo "neo4j-local: Maven build failed (attempt $attempt of 3)" >&2
    [[ $attempt -lt 3 ]] && sleep $((attempt * 5))
  done
  return 1
}

# One build at a time: a test run and `npm run neo4j:local` may start together.
mkdir -p target
if command -v flock >/dev/null 2>&1; then
  exec 9>target/.build-lock
  flock 9
fi
build "$@"
