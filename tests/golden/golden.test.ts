import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFiles, extractFile } from '../extract/helpers.js';
import { compact, type GoldenDocument } from './compact.js';

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

/**
 * Whole-document expectations, written and reviewed by hand against each text (see
 * docs/extraction.md, "Golden files"). A difference is either a regression or a rule improvement:
 * in the second case, re-read the text and update the golden file deliberately.
 */
describe('golden files', () => {
  it.each(corpusFiles)('%s matches its reviewed expectation', (name) => {
    const expected = JSON.parse(readFileSync(`${GOLDEN_DIR}${name}.expected.json`, 'utf8')) as GoldenDocument;
    const actual = compact(name, extractFile(name));
    expect(actual.resolution).toEqual(expected.resolution);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.edges).toEqual(expected.edges);
  });

  it.each(corpusFiles)('%s yields a resolution with code, title, language and session or meeting', (name) => {
    // On what the extractor produces, not on the reviewed fixture.
    const { resolution } = compact(name, extractFile(name));
    expect(resolution.code).toMatch(/^[A-Z]/);
    expect(resolution.language).toBe(name.split('.')[1]);
    expect(resolution.adoptedAt.length).toBeGreaterThan(0);
    // The UN text on file lacks its title line (corpus/SOURCES.md); every other document has a title.
    if (!name.startsWith('A-RES-')) expect(resolution.title).toBeTruthy();
  });
});
