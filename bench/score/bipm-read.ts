/** Reads the BIPM archive and extracts every text (I/O side of bench/score/bipm.ts). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/ingest/knowledge.js';
import { loadOntology } from '../../src/ontology/index.js';
import type { BipmCitation, BipmLabel, BipmOutcome } from './bipm.js';

/** The archive sits next to the repository's parent: ../shared/corpora/bipm. */
export const BIPM_DIR = fileURLToPath(new URL('../../../shared/corpora/bipm/', import.meta.url));

export const bipmAvailable = () => existsSync(join(BIPM_DIR, 'texts'));

const jsonl = <T>(file: string): T[] =>
  readFileSync(join(BIPM_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export function readBipm() {
  const knowledge = loadKnowledge();
  const ontology = loadOntology();
  const dir = join(BIPM_DIR, 'texts');
  const outcomes: BipmOutcome[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    try {
      outcomes.push({ file, extraction: extract({ text, source: file, sha256 }, knowledge, ontology) });
    } catch (error) {
      outcomes.push({ file, refused: (error as Error).message });
    }
  }
  return {
    outcomes,
    citations: jsonl<BipmCitation>('citations.jsonl'),
    labels: jsonl<BipmLabel>('clause-labels.jsonl'),
  };
}
