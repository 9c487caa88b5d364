/**
 * The peer for G2: @neo4j/graphql's generated API over the same Neo4j data, with the lineage traversal as
 * a @cypher field (one per depth: a quantified path pattern's bounds must be literals). The relation types
 * followed forward and backward come from the ontology, exactly as our store computes them.
 */
import type { Ontology } from '../../src/ontology/index.js';

export function peerTypeDefs(ontology: Ontology, depths: readonly number[]): string {
  const outTypes: string[] = [];
  const inTypes: string[] = [];
  for (const type of ontology.relationKinds) {
    const step = ontology.step(type, 'UPSTREAM');
    if (step !== 'in') outTypes.push(type);
    if (step !== 'out') inTypes.push(type);
  }
  const list = (types: string[]) => `[${types.map((t) => `'${t}'`).join(', ')}]`;
  const fields = depths.map(
    (depth) => `  "Distinct nodes upstream within ${depth} hops."
  upstream${depth}: [Entity!]!
    @cypher(
      statement: """
      MATCH (this)((a)-[r]-(b) WHERE (startNode(r) = a AND type(r) IN ${list(outTypes)})
                                  OR (endNode(r) = a AND type(r) IN ${list(inTypes)})){1,${depth}}(v)
      WHERE v <> this
      RETURN DISTINCT v
      """
      columnName: "v"
    )`,
  );
  return `type Entity @node(labels: ["Entity"]) {
  id: ID!
  kind: String!
  name: String
${fields.join('\n')}
}
`;
}

export const peerQuery = (depth: number): string =>
  `query Upstream($id: ID!) { entities(where: { id: { eq: $id } }) { id upstream${depth} { id } } }`;

export const OUR_QUERY = `query Upstream($id: ID!, $depth: Int!) {
  lineage(id: $id, direction: UPSTREAM, depth: $depth) { nodes { hop node { id } } }
}`;
