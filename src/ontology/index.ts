export { loadOntology, ONTOLOGY_PATH, parseOntology } from './load.js';
export { type Direction, Ontology } from './ontology.js';
export type { NodeKindSpec, OntologyData, RelationKindSpec } from './schema.js';
