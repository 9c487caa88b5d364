#!/usr/bin/env bash
# Times `neo4j-admin database import full` of a `lineage export --format csv` directory, with the admin tool
# from the Maven-built launcher's jars (neo4j-local/target/dependency: neo4j-command-line, neo4j-import-tool),
# into a scratch Neo4j home. Usage: bench/csv-import.sh CSV_DIR [HOME_DIR]; prints the tool's summary.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
csv="$1"
home="${2:-$here/work/csv-import}"
"$here/../neo4j-local/build.sh"
rm -rf "$home" && mkdir -p "$home/conf"
start=$(date +%s.%N)
NEO4J_HOME="$home" NEO4J_CONF="$home/conf" java -cp "$here/../neo4j-local/target/dependency/*" org.neo4j.cli.AdminTool \
  database import full --nodes="$csv/nodes.csv" --relationships="$csv/relationships.csv" \
  --array-delimiter=U+001F --multiline-fields=true --report-file="$home/import.report" neo4j 2>&1 | grep -E -A6 'IMPORT DONE|Imported|ERROR|rror'
end=$(date +%s.%N)
echo "wall time including JVM start: $(echo "$end - $start" | bc) s; store size: $(du -sh "$home/data/databases/neo4j" | cut -f1)"
