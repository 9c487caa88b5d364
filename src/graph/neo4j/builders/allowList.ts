import { BadInputError } from '../../../errors.js';
import type { Ontology } from '../../../ontology/index.js';

/**
 * Labels and relationship types are the only text ever interpolated into Cypher, and only after this
 * check: they must be ontology names (which the ontology schema restricts to identifiers).
 */
export function kindLabel(ontology: Ontology, kind: string): string {
  if (!ontology.isNodeKind(kind)) throw new BadInputError(`Unknown node kind "${kind}"`, { kind });
  return kind;
}

export function relationType(ontology: Ontology, type: string): string {
  if (!ontology.isRelationKind(type)) throw new BadInputError(`Unknown relation type "${type}"`, { type });
  return type;
}
