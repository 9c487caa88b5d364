import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import { GEMC } from './fixture.js';
import { fixtureStore, testConfig } from './harness.js';
import { type Running, replyCodes, startServer } from './http-harness.js';
import { instrument } from './stores.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

describe('HTTP server over a healthy store', () => {
  let api: Running;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'explorer-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Explorer</title>');
    api = await startServer(await fixtureStore(), {
      staticDir,
      limits: {
        maxQueryDepth: 6,
        maxAliases: 5,
        maxCost: 2_000,
        maxTokens: 400,
        maxBodyBytes: 8_192,
        maxBatchSize: 3,
      },
      config: testConfig({ LINEAGE_CORS_ORIGINS: 'https://explorer.example' }),
    });
  });
  afterAll(async () => {
    await api.server.close();
  });

  it('answers a query at /graphql with timing headers', async () => {
    const reply = await api.post('query($n: String!) { body(name: $n) { id acronym } }', { n: 'GEMC' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ body: { id: GEMC, acronym: 'GEMC' } });
    expect(reply.headers.get('server-timing')).toMatch(/execute;dur=[\d.]+/);
  });

  it('reports health at /healthz', async () => {
    const reply = await api.raw('', {}, 'GET', '/healthz');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('serves the explorer build at / and refuses to leave its folder', async () => {
    const index = await api.raw('', {}, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<title>Explorer</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ]) {
      const reply = await api.raw('', {}, 'GET', path);
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.text).not.toContain('"name": "decision-lineage"');
    }
  });

  it.each([
    [
      'too deep',
      `{ body(name: "GEMC") { establishedBy { ... on Resolution { recalls { ... on Resolution { authorizes { ... on Body { parts { name } } } } } } } } }`,
      'depth',
    ],
    [
      'too many aliases',
      `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`,
      'aliases',
    ],
    [
      'too costly',
      '{ search(text: "cyber", first: 100) { edges { node { id name aliases relations { type from { id name } to { id name } } } } } }',
      'cost',
    ],
  ])('refuses a query that is %s with LIMIT_EXCEEDED', async (_why, query, limit) => {
    const reply = await api.post(query);
    expect(reply.status).toBe(400);
    expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
    expect(reply.body.errors?.[0]?.extensions?.limit).toBe(limit);
  });

  it('refuses a document with too many tokens with LIMIT_EXCEEDED', async () => {
    const reply = await api.post(`{ stats { ${'nodes '.repeat(500)} } }`);
    expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('refuses an oversized body with 413 LIMIT_EXCEEDED', async () => {
    const reply = await api.raw(
      JSON.stringify({ query: `{ stats { nodes } } #${'x'.repeat(20_000)}` }),
      JSON_HEADERS,
    );
    expect(reply.status).toBe(413);
    expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
  });

  it.each([
    ['malformed JSON', '{"query": "{ stats { nodes } }"', JSON_HEADERS],
    ['no query', '{"variables": {}}', JSON_HEADERS],
    ['a query that is not a string', '{"query": 42}', JSON_HEADERS],
    ['unparseable GraphQL', '{"query": "{ stats { nodes "}', JSON_HEADERS],
    ['a mutation', '{"query": "mutation { deleteEverything }"}', JSON_HEADERS],
  ])('answers %s with 400 BAD_USER_INPUT', async (_why, body, headers) => {
    const reply = await api.raw(body, headers);
    expect(reply.status).toBe(400);
    expect(replyCodes(reply)).toEqual(['BAD_USER_INPUT']);
  });

  it('blocks simple cross-site requests (Apollo CSRF prevention)', async () => {
    const get = await api.raw('', {}, 'GET', '/graphql?query=%7Bstats%7Bnodes%7D%7D');
    expect(get.status).toBe(400);
    expect(replyCodes(get)).toEqual(['BAD_USER_INPUT']);
    const form = await api.raw('query=%7Bstats%7Bnodes%7D%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const allowed = await api.raw(
      '',
      { 'apollo-require-preflight': 'true' },
      'GET',
      '/graphql?query=%7Bstats%7Bnodes%7D%7D',
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body.data).toEqual({ stats: { nodes: 8 } });
  });

  it('answers small batches and refuses large ones with LIMIT_EXCEEDED', async () => {
    const op = { query: '{ stats { nodes } }' };
    const ok = await api.raw(JSON.stringify([op, op]), JSON_HEADERS);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual([{ data: { stats: { nodes: 8 } } }, { data: { stats: { nodes: 8 } } }]);
    const tooMany = await api.raw(JSON.stringify([op, op, op, op]), JSON_HEADERS);
    expect(tooMany.status).toBe(400);
    expect(replyCodes(tooMany)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('allows configured CORS origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('offers the landing page outside production', async () => {
    const landing = await api.raw('', { accept: 'text/html' }, 'GET', '/graphql');
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toContain('text/html');
  });

  it('allows introspection outside production', async () => {
    const reply = await api.post('{ __schema { queryType { name } } }');
    expect(reply.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('HTTP server in production mode', () => {
  let api: Running;
  beforeAll(async () => {
    const broken = instrument(await fixtureStore(), {
      fail: (method) =>
        method === 'findByCode' ? new Error('SQLITE_CORRUPT at /var/lib/secret.db') : undefined,
    });
    api = await startServer(broken.store, { config: testConfig({ NODE_ENV: 'production' }) });
  });
  afterAll(async () => {
    await api.server.close();
  });

  it('masks unexpected errors as INTERNAL without details or stack traces', async () => {
    const reply = await api.post('{ resolution(code: "AG-2014-RES-04") { id } }');
    expect(replyCodes(reply)).toEqual(['INTERNAL']);
    expect(reply.text).not.toContain('SQLITE');
    expect(reply.text).not.toContain('secret');
    expect(reply.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('keeps public errors public', async () => {
    const reply = await api.post('{ body(name: "Nope") { id } }');
    expect(replyCodes(reply)).toEqual(['NOT_FOUND']);
    expect(reply.body.errors?.[0]?.message).toContain('Nope');
    expect(reply.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it('turns introspection and the landing page off', async () => {
    const reply = await api.post('{ __schema { queryType { name } } }');
    expect(replyCodes(reply)).toEqual(['BAD_USER_INPUT']);
    const landing = await api.raw(
      '',
      { accept: 'text/html', 'apollo-require-preflight': 'true' },
      'GET',
      '/graphql',
    );
    expect(landing.headers.get('content-type')).not.toContain('text/html');
    expect(landing.text).not.toMatch(/<html|sandbox/i);
  });

  it('hides field suggestions', async () => {
    const reply = await api.post('{ stats { node } }');
    expect(reply.body.errors?.[0]?.message).not.toContain('Did you mean');
  });
});

describe('HTTP server over a failing or slow store', () => {
  let api: Running | undefined;
  afterEach(async () => {
    await api?.server.close();
    api = undefined;
  });

  it('answers UNAVAILABLE and a 503 /healthz when the store is down', async () => {
    const down = instrument(await fixtureStore(), {
      fail: () => new StoreUnavailableError('Neo4j is not reachable'),
    });
    api = await startServer(down.store);
    const reply = await api.post('{ stats { nodes } }');
    expect(replyCodes(reply)).toEqual(['UNAVAILABLE']);
    const health = await api.raw('', {}, 'GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable' });
  });

  it('answers a 503 /healthz quickly when the store hangs', async () => {
    const hanging = instrument(await fixtureStore(), { delayMs: 5_000 });
    api = await startServer(hanging.store, { limits: { healthTimeoutMs: 200 } });
    const started = Date.now();
    const health = await api.raw('', {}, 'GET', '/healthz');
    expect(health.status).toBe(503);
    // A generous bound: well above the 200 ms limit, well below the 5 s the store would take.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('stops a request at the time limit with LIMIT_EXCEEDED', async () => {
    const slow = instrument(await fixtureStore(), { delayMs: 5_000 });
    api = await startServer(slow.store, { limits: { requestTimeoutMs: 250 } });
    const started = Date.now();
    const reply = await api.post('{ stats { nodes } }');
    // A generous bound: well above the 250 ms limit, well below the 5 s the store would take.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
  });
});
