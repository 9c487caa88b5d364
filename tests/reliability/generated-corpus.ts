import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSink, generateCorpus } from '../../bench/generate/index.js';

/** A deterministic generated corpus (bench/generate) in a fresh temporary folder; returns its docs folder. */
export function generatedCorpus(size: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), `lineage-corpus-${size}-`));
  generateCorpus({ size, seed }, new FileSink(dir));
  return join(dir, 'docs');
}
