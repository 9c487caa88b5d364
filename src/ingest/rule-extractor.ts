import { detectLanguage, extract } from '../extract/index.js';
import { loadOntology } from '../ontology/index.js';
import type { Extractor } from './extractor.js';
import { knowledgeFingerprint } from './fingerprint.js';
import { KNOWLEDGE_DIR, loadKnowledge } from './knowledge.js';

/** The project's rule-based extractor over the knowledge in ingest/ and the ontology in graph/. */
export function createRuleExtractor(knowledgeDir?: string): Extractor {
  const knowledge = loadKnowledge(knowledgeDir);
  const ontology = loadOntology();
  return {
    detectLanguage: (text) => detectLanguage(text, knowledge),
    extract: (input) => extract(input, knowledge, ontology),
    fingerprint: knowledgeFingerprint(knowledgeDir ?? KNOWLEDGE_DIR),
    worker: { module: import.meta.url, exportName: 'createRuleExtractor', args: [knowledgeDir] },
  };
}
