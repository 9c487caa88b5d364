import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model/index.js';
import { knowledge, ontology } from '../extract/helpers.js';
import type { HeldoutExpectation } from './score.js';

export const HELDOUT_DIR = fileURLToPath(new URL('../fixtures/heldout/', import.meta.url));

/** The held-out and development texts (tests/fixtures/heldout/SOURCES.md), each with a reviewed expectation. */
export const heldoutFiles = readdirSync(HELDOUT_DIR)
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md')
  .sort();

export interface Loaded {
  name: string;
  text: string;
  extraction: Extraction;
  expected: HeldoutExpectation;
}

const cache = new Map<string, Loaded>();

/** Extracts one file (once per process) and reads its expectation. */
export function loadHeldout(name: string): Loaded {
  let loaded = cache.get(name);
  if (!loaded) {
    const text = readFileSync(`${HELDOUT_DIR}${name}`, 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    const extraction = extract({ text, source: name, sha256 }, knowledge, ontology);
    const expected = JSON.parse(
      readFileSync(`${HELDOUT_DIR}${name}.expected.json`, 'utf8'),
    ) as HeldoutExpectation;
    loaded = { name, text, extraction, expected };
    cache.set(name, loaded);
  }
  return loaded;
}
