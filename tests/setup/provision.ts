/**
 * What the global setup hands to test files about Neo4j (via vitest's provide/inject): either a server to
 * use, or the one reason the Neo4j tests skip.
 */
export type Neo4jProvision =
  | {
      status: 'available';
      /** `env`: NEO4J_URI pointed at an existing server; `local`: the launcher started for this run. */
      source: 'env' | 'local';
      uri: string;
      user: string;
      password: string;
      database?: string;
    }
  | { status: 'skipped'; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jProvision;
  }
}
