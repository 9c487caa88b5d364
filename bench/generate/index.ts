export type { PlantedEdge, PlantedNode } from './facts.js';
export {
  GENERATOR_VERSION,
  type GenerateOptions,
  generateCorpus,
  type Manifest,
  sessionPlan,
} from './generate.js';
export { Prng } from './prng.js';
export { type CorpusSink, FileSink } from './sink.js';
export { parseSize } from './size.js';
export type { Probe } from './world.js';
