/**
 * The GraphQL operations the explorer sends. Type-specific fields are gathered in one fragment and
 * flattened by `toNodeSummary`, so the rest of the explorer never branches on a kind name.
 */

export const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on Entity {
    id
    kind
    name
    labels { language text }
    aliases
    ... on Resolution { code date }
    ... on Report { code date }
    ... on Body { acronym year }
    ... on Conference { date }
    ... on Meeting { date }
    ... on Session { startDate }
    ... on Organization { acronym }
  }
`;

export const RELATION_FIELDS = /* GraphQL */ `
  fragment RelationFields on Relation {
    id
    type
    from { id }
    to { id }
    sourceIsAntecedent
    evidence {
      document { id source resolution { code } }
      clause { index function }
      quote
      start
      end
      rule
    }
  }
`;

export const ONTOLOGY_QUERY = /* GraphQL */ `
  query ExplorerOntology {
    ontology {
      nodeKinds { kind description }
      relationKinds { type description sourceIsAntecedent }
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int, $after: String) {
    search(text: $text, first: $first, after: $after) {
      edges { score node { ...NodeFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${NODE_FIELDS}
`;

/** One lineage walk; a plain expansion is the walk BOTH, depth 1. */
export const LINEAGE_QUERY = /* GraphQL */ `
  query ExplorerLineage(
    $id: ID!
    $direction: LineageDirection
    $depth: Int
    $relationTypes: [RelationType!]
    $asOf: Date
    $limit: Int
  ) {
    lineage(
      id: $id
      direction: $direction
      depth: $depth
      relationTypes: $relationTypes
      asOf: $asOf
      perHopLimit: $limit
    ) {
      nodes { hop node { ...NodeFields } }
      edges { ...RelationFields }
      truncated { hop omitted }
    }
  }
  ${NODE_FIELDS}
  ${RELATION_FIELDS}
`;

export const PATH_QUERY = /* GraphQL */ `
  query ExplorerPath($from: ID!, $to: ID!, $maxDepth: Int, $relationTypes: [RelationType!]) {
    path(from: $from, to: $to, maxDepth: $maxDepth, relationTypes: $relationTypes) {
      nodes { ...NodeFields }
      edges { ...RelationFields }
    }
  }
  ${NODE_FIELDS}
  ${RELATION_FIELDS}
`;

export const ENTITY_QUERY = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      ...NodeFields
      ... on Resolution {
        title
        organ
        session { id name labels { language text } }
        document { id }
      }
      ... on Report { title }
      ... on Conference { place }
      ... on Meeting { place }
      ... on Session { organ place }
      relations {
        id
        type
        from { ...NodeFields }
        to { ...NodeFields }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const DOCUMENT_QUERY = /* GraphQL */ `
  query ExplorerDocument($id: ID!) {
    document(id: $id) {
      id
      source
      language
      text
      resolution { code title }
      clauses { index function verb relation start end text }
      mentions { clause { index } start end text node { id kind name } }
    }
  }
`;
