import type { Ontology } from '../../ontology/index.js';
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
  return [
    lineage('UPSTREAM', false, false),
    lineage('UPSTREAM', true, false),
    lineage('DOWNSTREAM', true, false),
    lineage('DOWNSTREAM', false, false),
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
