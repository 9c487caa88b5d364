import { type PreparedExtraction, validateExtraction } from '../../src/graph/lineage/index.js';
import type { Extraction } from '../../src/model/index.js';
import { loadOntology } from '../../src/ontology/index.js';

export const ontology = loadOntology();

/** An extraction validated as the stores do before writing; a fixture that fails validation is a test bug. */
export function prepare(extraction: Extraction): PreparedExtraction {
  const checked = validateExtraction(extraction, ontology);
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  return checked.value;
}
