export { PlantedIndex } from './match.js';
export { codeKey, nameKey } from './normalise.js';
export { type Planted, readPlanted } from './planted.js';
export { type FactScore, FactScorer, graphFromExport, type Score } from './score.js';
