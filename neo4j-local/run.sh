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

echo "neo4j-local: starting Neo4j on 127.0.0.1:$port, data in $data_dir" >&2
echo "neo4j-local: when ready, use NEO4J_URI=<the bolt:// URI below> (auth disabled: any user/password)" >&2
exec "$here/launch.sh" --port "$port" --data-dir "$data_dir" --stdin-watch "$stdin_watch" "$@"
