import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';
import { testConfig } from './harness.js';
import { type Running, replyCodes, startServer } from './http-harness.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** Issue 12's amplification: each `mentions { document {` level multiplies the answer without a new store call. */
const nested = (levels: number, leaf = 'text') =>
  `{ document(id:"document:AG-2014-RES-04.fr") { ${'mentions { document { '.repeat(levels)}${leaf}${' } }'.repeat(levels)} } }`;

describe('amplification by nested lists (issue 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-amplify-'));
  let store: EmbeddedStore;
  let api: Running;
  beforeAll(async () => {
    store = new EmbeddedStore(dir);
    await store.init();
    await ingestPaths([CORPUS], { store, extractor: createRuleExtractor() });
    api = await startServer(store, { config: testConfig({ NODE_ENV: 'production' }) });
  }, 60_000);
  afterAll(async () => {
    await api?.server.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([3, 4])(
    '%i levels of mentions answer one LIMIT_EXCEEDED, no partial data, twice (interpreted, then compiled)',
    async (levels) => {
      for (let run = 0; run < 2; run++) {
        const reply = await api.post(nested(levels));
        expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
        expect(reply.body.errors?.[0]?.extensions?.limit).toBe('items');
        expect(reply.body.data ?? null).toBeNull();
        expect(reply.text.length).toBeLessThan(2_000);
      }
    },
  );

  it('one level still answers: the budget counts what is sent, not what is legitimate', async () => {
    const reply = await api.post(nested(1, 'id'));
    expect(replyCodes(reply)).toEqual([]);
    const mentions = (reply.body.data?.document as { mentions: unknown[] } | undefined)?.mentions ?? [];
    expect(mentions.length).toBeGreaterThan(10);
  });

  it('text under the item budget but over the byte cap answers LIMIT_EXCEEDED (responseBytes)', async () => {
    const small = await startServer(store, { limits: { maxResponseBytes: 50_000 } });
    try {
      const reply = await small.post(nested(1, 'text'));
      expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
      expect(reply.body.errors?.[0]?.extensions?.limit).toBe('responseBytes');
      expect(reply.text.length).toBeLessThan(2_000);
      // The same server still answers a small query.
      expect(replyCodes(await small.post('{ document(id:"document:AG-2014-RES-04.fr") { id } }'))).toEqual(
        [],
      );
    } finally {
      await small.server.close();
    }
  });
});
