import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownNodeId } from '../../src/graph/lineage/index.js';
import { createRuleExtractor } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { buildExtraction, node } from '../fixtures/contract/index.js';

const CORPUS = join(import.meta.dirname, '../../corpus');

describe('ownNodeId', () => {
  const extractor = createRuleExtractor();
  const extracted: Extraction[] = readdirSync(CORPUS)
    .filter((name) => /\.(md|txt)$/.test(name) && !/^(readme|sources)/i.test(name))
    .map((name) => {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      return extractor.extract({ text, source: name, sha256: name });
    });

  it('picks the Resolution a real document is the text of, though the extractor sorts nodes by id', () => {
    expect(extracted.length).toBeGreaterThan(5);
    for (const extraction of extracted) {
      const { id, language } = extraction.document;
      const own = extraction.nodes.find((n) => n.id === ownNodeId(extraction));
      expect(own?.kind, id).toBe('Resolution');
      expect(`document:${own?.code}.${language}`).toBe(id);
    }
    // The case that matters: the Resolution does not sort first (an addressee or a body does).
    expect(extracted.some((e) => e.nodes[0]!.id !== ownNodeId(e))).toBe(true);
  });

  const spec = (nodes: ReturnType<typeof node>[]) =>
    buildExtraction({
      id: 'document:R-1.en',
      source: 'r.txt',
      language: 'en',
      text: 'R-1',
      nodes,
      facts: [],
    });

  it.each([
    [
      'a node whose id is the document id wins',
      [
        node('addressee:all', 'Addressee', 'All'),
        node('document:R-1.en', 'Resolution', 'R-1', { code: 'X' }),
      ],
      'document:R-1.en',
    ],
    [
      'else the node whose code names the document',
      [
        node('addressee:all', 'Addressee', 'All'),
        node('resolution:R-1', 'Resolution', 'R-1', { code: 'R-1' }),
      ],
      'resolution:R-1',
    ],
    [
      'a code of another language version does not name this document',
      [
        node('addressee:all', 'Addressee', 'All'),
        node('resolution:R-2', 'Resolution', 'R-2', { code: 'R-2' }),
      ],
      'addressee:all',
    ],
  ])('%s', (_reason, nodes, expected) => {
    expect(ownNodeId(spec(nodes))).toBe(expected);
  });
});
