import { BadInputError, LimitExceededError } from '../../errors.js';
import type { Ontology } from '../../ontology/index.js';
import { MAX_LINEAGE_DEPTH, MAX_PAGE_SIZE, MAX_PATH_DEPTH } from '../limits.js';

/** Argument checks shared by both stores, so both reject the same inputs with the same error. */
export function checkDepth(depth: number, name = 'depth', max = MAX_LINEAGE_DEPTH): void {
  if (!Number.isInteger(depth) || depth < 1)
    throw new BadInputError(`${name} must be an integer >= 1`, { [name]: depth });
  if (depth > max) throw new LimitExceededError(`${name} must be <= ${max}`, { [name]: depth, max });
}

export function checkPathDepth(depth: number): void {
  checkDepth(depth, 'maxDepth', MAX_PATH_DEPTH);
}

export function checkPositiveInt(value: number | undefined, name: string): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 1)
    throw new BadInputError(`${name} must be an integer >= 1`, { [name]: value });
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be an integer in 1..${MAX_PAGE_SIZE}`, { first });
  }
}

/** Relation types to follow: all when absent or empty; unknown names are a BadInputError. */
export function checkRelationTypes(
  types: readonly string[] | undefined,
  ontology: Ontology,
): readonly string[] {
  if (!types || types.length === 0) return ontology.relationKinds;
  const unknown = types.filter((t) => !ontology.isRelationKind(t));
  if (unknown.length) throw new BadInputError(`Unknown relation type(s): ${unknown.join(', ')}`, { unknown });
  return [...new Set(types)];
}

/** Node kinds to keep: undefined (all) when absent or empty; unknown names are a BadInputError. */
export function checkKinds(
  kinds: readonly string[] | undefined,
  ontology: Ontology,
): Set<string> | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  const unknown = kinds.filter((k) => !ontology.isNodeKind(k));
  if (unknown.length) throw new BadInputError(`Unknown node kind(s): ${unknown.join(', ')}`, { unknown });
  return new Set(kinds);
}
