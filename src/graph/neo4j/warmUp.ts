import type { Ontology } from '../../ontology/index.js';
import { MAX_LINEAGE_DEPTH } from '../limits.js';
import { stepTypes } from '../lineage/index.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';

/** An id no node or document has (ids are `<prefix>:<key>`), so a warm-up statement reads nothing. */
export const WARM_UP_ID = '';
/** A folded search term no stored token starts with (no letters and digits run this long in a word). */
export const WARM_UP_TERM = 'zzzzzzzzzzzzzzzzwarmup';

/**
 * The read statements planned when the store opens, most used first: every lineage shape the API asks
 * with all relation types (each direction with payload, ids only, and the capped walk's steps), search,
 * name and id lookups. Neo4j caches a plan by statement text and parameter types; planning the 12-hop
 * lineage statement took 3-6 s per shape on the shared machine, which the first request of each shape
 * paid. Run against WARM_UP_ID with the parameter types the store sends, they plan and return no rows.
 */
export function warmUpQueries(ontology: Ontology): CypherQuery[] {
  const types = [...ontology.relationKinds];
  const lineage = (direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH', payload: boolean, steps: boolean) => {
    const { outTypes, inTypes } = stepTypes(ontology, types, direction);
    return reads.lineageNeighbourhood(ontology, WARM_UP_ID, 3, outTypes, inTypes, null, { payload, steps });
  };
  // Directed walks are one statement per depth (reads.lineageTrails); each plans in about a second.
  const trails = (direction: 'UPSTREAM' | 'DOWNSTREAM', payload: boolean, edges = true) => {
    const { outTypes, inTypes } = stepTypes(ontology, types, direction);
    return Array.from({ length: MAX_LINEAGE_DEPTH }, (_, i) =>
      reads.lineageTrails(ontology, WARM_UP_ID, i + 1, outTypes, inTypes, { payload, edges }),
    );
  };
  return [
    // Ids and hops only, no edges: what a `lineage { nodes { hop node { id } } }` request reads.
    ...trails('UPSTREAM', false, false),
    ...trails('UPSTREAM', false),
    ...trails('UPSTREAM', true),
    ...trails('DOWNSTREAM', true),
    ...trails('DOWNSTREAM', false),
    ...trails('DOWNSTREAM', false, false),
    reads.searchPage([WARM_UP_TERM], WARM_UP_TERM, null, null, 21),
    reads.findByName(WARM_UP_TERM, [WARM_UP_TERM], null),
    reads.getNodes([WARM_UP_ID]),
    reads.getDocuments([WARM_UP_ID]),
    reads.edgesOf([WARM_UP_ID], 'both', types),
    lineage('BOTH', true, false),
    lineage('BOTH', false, false),
    lineage('UPSTREAM', false, true),
    lineage('DOWNSTREAM', false, true),
  ];
}
