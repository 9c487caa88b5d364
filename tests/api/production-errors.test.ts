import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import { DATABASE_FILE } from '../../src/graph/embedded/database.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { fixtureStore, testConfig } from './harness.js';
import { replyCodes, startServer } from './http-harness.js';

const production = () => ({ config: testConfig({ NODE_ENV: 'production' }) });
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-prod-errors-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('production error masking (issue 12)', () => {
  it('UNAVAILABLE carries a generic message: no file path, no SQLite code', async () => {
    const store = Object.assign(await fixtureStore(), {
      getNodes: async () => {
        throw new StoreUnavailableError(
          'Embedded store /srv/secret/lineage.sqlite is unavailable: SQLITE_CORRUPT',
          {
            code: 'SQLITE_CORRUPT',
            path: '/srv/secret/lineage.sqlite',
          },
        );
      },
    });
    const api = await startServer(store, production());
    try {
      const reply = await api.post('{ node(id: "body:x") { id } }');
      expect(replyCodes(reply)).toEqual(['UNAVAILABLE']);
      expect(reply.text).not.toMatch(/secret|SQLITE|lineage\.sqlite/);
    } finally {
      await api.server.close();
    }
  });

  it('no enum suggestions and no Server-Timing header in production; both in development', async () => {
    const query = '{ relations(type: RECALL, first: 1) { nodes { id } } }';
    const prod = await startServer(await fixtureStore(), production());
    const dev = await startServer(await fixtureStore());
    try {
      const masked = await prod.post(query);
      expect(replyCodes(masked)).toEqual(['BAD_USER_INPUT']);
      expect(masked.text).not.toContain('Did you mean');
      expect(masked.headers.get('server-timing')).toBeNull();
      const ok = await prod.post('{ relations(first: 1) { nodes { id } } }');
      expect(ok.headers.get('server-timing')).toBeNull();
      const helpful = await dev.post(query);
      expect(helpful.text).toContain('Did you mean');
    } finally {
      await prod.server.close();
      await dev.server.close();
    }
  });

  it('/healthz reads data: 503 once the store file is gone', async () => {
    const dir = tempDir();
    await new EmbeddedStore(dir).init();
    const store = new EmbeddedStore(dir, { readOnly: true });
    await store.init();
    const api = await startServer(store, production());
    try {
      expect((await api.raw('', {}, 'GET', '/healthz')).status).toBe(200);
      rmSync(join(dir, DATABASE_FILE));
      const reply = await api.raw('', {}, 'GET', '/healthz');
      expect(reply.status).toBe(503);
      expect(reply.text).not.toContain(dir);
    } finally {
      await api.server.close();
      await store.close();
    }
  });
});

describe('readers open the store read-only (issue 12)', () => {
  it('a missing store is refused with a hint, and nothing is created', async () => {
    const dir = join(tempDir(), 'typo');
    const store = new EmbeddedStore(dir, { readOnly: true });
    await expect(store.init()).rejects.toThrow(/No store at .*lineage ingest/);
    expect(() => new EmbeddedStore(dir, { readOnly: true })).not.toThrow();
    const { existsSync } = await import('node:fs');
    expect(existsSync(dir)).toBe(false);
  });

  it('a data dir that is a file gets a clear error, for readers and writers', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(new EmbeddedStore(file).init()).rejects.toThrow(/is a file, not a folder/);
    await expect(new EmbeddedStore(file, { readOnly: true }).init()).rejects.toThrow(
      /is a file, not a folder/,
    );
  });

  it('a corrupt store file is refused at open with UNAVAILABLE', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(8192, 0x41));
    await expect(new EmbeddedStore(dir, { readOnly: true }).init()).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});
