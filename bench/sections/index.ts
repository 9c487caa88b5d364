import { bipmSection } from './bipm.js';
import { explorerSection } from './explorer.js';
import { extractSection } from './extract.js';
import { g1Section } from './g1-api.js';
import { g2Section } from './g2-peer.js';
import { g3Section } from './g3-ingest.js';
import { g6Section } from './g6-lineage.js';
import { memorySection } from './memory.js';
import { recallSection } from './recall.js';
import type { Section } from './section.js';

/** In running order: cheap and store-free first; the memory section last (it replaces the Neo4j data). */
export const SECTIONS: Section[] = [
  extractSection,
  recallSection,
  bipmSection,
  g3Section,
  g6Section,
  g1Section,
  g2Section,
  explorerSection,
  memorySection,
];

export type { Section, SectionOutput } from './section.js';
