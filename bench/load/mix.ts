/** The request mix of the load benchmark: lineage walks, full-text searches and entity look-ups. */

export interface MixSeed {
  /** Node ids to start lineage walks from and to look up. */
  ids: string[];
  /** Words to search for. */
  words: string[];
}

const LINEAGE = `query Lineage($id: ID!, $depth: Int!) {
  lineage(id: $id, direction: UPSTREAM, depth: $depth, perHopLimit: 25) {
    nodes { hop node { id kind name } }
    edges { id type from { id } to { id } evidence { quote document { id } } }
  }
}`;
const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) { edges { score node { id kind name } } pageInfo { endCursor } }
}`;
const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) { id kind name aliases relations { id type from { id name } to { id name } } }
}`;

/** Request bodies in the proportions 2 lineage : 1 search : 2 entity, spread over the seed's ids and words. */
export function requestBodies(seed: MixSeed, count: number): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = seed.ids[(i * 7919) % seed.ids.length]!;
    const word = seed.words[(i * 104729) % seed.words.length]!;
    switch (i % 5) {
      case 0:
      case 3:
        bodies.push(JSON.stringify({ query: LINEAGE, variables: { id, depth: 2 + (i % 3) } }));
        break;
      case 1:
        bodies.push(JSON.stringify({ query: SEARCH, variables: { text: word } }));
        break;
      default:
        bodies.push(JSON.stringify({ query: ENTITY, variables: { id } }));
    }
  }
  return bodies;
}

/** Seeds the mix from a running API: ids of nodes that have relations, and words from their names. */
export async function seedFrom(url: string): Promise<MixSeed> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ relations(first: 100) { nodes { from { id name } to { id name } } } }',
    }),
  });
  const body = (await response.json()) as {
    data?: {
      relations: { nodes: Array<{ from: { id: string; name: string }; to: { id: string; name: string } }> };
    };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`cannot seed the request mix: ${JSON.stringify(body.errors)}`);
  const ids = new Set<string>();
  const words = new Set<string>();
  for (const relation of body.data.relations.nodes) {
    for (const end of [relation.from, relation.to]) {
      ids.add(end.id);
      for (const word of end.name.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) words.add(word);
    }
  }
  if (ids.size === 0) throw new Error('cannot seed the request mix: the store has no relations');
  return { ids: [...ids].sort(), words: [...words].sort() };
}
