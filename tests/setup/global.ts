/** Global test setup. The Neo4j launcher (tests/setup/neo4j.ts) hooks in here. */
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
