#!/usr/bin/env bash
# Runs the built launcher in the foreground (exec: the caller's pid, signals and stdin reach the JVM).
# Arguments go to the launcher: --port N|free --data-dir PATH --page-cache SIZE --stdin-watch on|off.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java" >/dev/null 2>&1 || { echo "neo4j-local: Java (java) is not installed" >&2; exit 127; }
# Read the JDK's release file rather than starting a JVM just to ask its version (seconds on a busy machine).
release="$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")/release"
if [[ -f "$release" ]]; then
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  if [[ -n "$version" && "$version" -lt 17 ]]; then
    echo "neo4j-local: Neo4j 5.26 needs Java 17 or newer (found Java $version at $java)" >&2
    exit 1
  fi
fi
compgen -G "$here/target/dependency/neo4j-5*.jar" >/dev/null || {
  echo "neo4j-local: not built yet; run neo4j-local/build.sh" >&2
  exit 1
}

# Heap capped for a 2-core shared machine; the page cache (--page-cache, default 128m) is off-heap.
# The module flags are those Neo4j 5's own neo4j.conf passes (server.jvm.additional).
# NEO4J_LOCAL_JAVA_OPTS adds JVM options (word-split), e.g. "-XX:TieredStopAtLevel=1" for a faster start.
# shellcheck disable=SC2086
exec "$java" \
  -Xms128m -Xmx"${NEO4J_LOCAL_HEAP:-768m}" \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC -XX:+ExitOnOutOfMemoryError \
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  ${NEO4J_LOCAL_JAVA_OPTS:-} \
  -cp "$here/target/classes:$here/target/dependency/*" \
  org.decisionlineage.neo4jlocal.Launcher "$@"
