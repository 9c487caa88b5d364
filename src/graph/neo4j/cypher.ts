/** A Cypher statement and its parameters. Builders return these; only the executor runs them. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}
