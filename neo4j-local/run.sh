#!/usr/bin/env bash
# `npm run neo4j:local`: builds the launcher if needed, then runs Neo4j in the foreground (Ctrl-C stops it).
#   NEO4J_LOCAL_PORT      Bolt port (default 7687; "free" picks one)
#   NEO4J_LOCAL_DATA_DIR  Neo4j home (default .neo4j/data at the repository root; kept between runs)
# Extra arguments go to the launcher (see launch.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

port="${NEO4J_LOCAL_PORT:-7687}"
data_dir="${NEO4J_LOCAL_DATA_DIR:-$root/.neo4j/data}"

"$here/build.sh"

# Watching stdin only makes sense with a terminal; under a supervisor stdin may be /dev/null (instant EOF).
stdin_watch=off
[[ -t 0 ]] && stdin_watch=on

where="port $port"
[[ "$port" == free || "$port" == 0 ]] && where="a free port"
echo "neo4j-local: starting Neo4j 5.26 on 127.0.0.1, $where, data in $data_dir" >&2
echo "neo4j-local: once NEO4J_READY prints, set NEO4J_URI to its URI (auth is disabled)" >&2
exec "$here/launch.sh" --port "$port" --data-dir "$data_dir" --stdin-watch "$stdin_watch" "$@"
