import { afterAll, beforeAll, expect, it } from 'vitest';
import { Neo4jStore } from '../../src/graph/neo4j/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { describeNeo4j, requireNeo4jTestConfig } from '../setup/neo4j.js';
import { type Running, replyCodes, startServer } from './http-harness.js';
import { TcpProxy } from './tcp-proxy.js';

/** Poll until `check` passes or the time is up; returns the last reply either way. */
async function eventually<T>(
  attempt: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await attempt();
  while (!ok(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    last = await attempt();
  }
  return last;
}

// Issue 7 item 5 at the API: the database goes away and comes back while the server keeps running.
describeNeo4j('API while Neo4j goes away and comes back', () => {
  let proxy: TcpProxy;
  let store: GraphStore;
  let api: Running;
  beforeAll(async () => {
    const neo4j = requireNeo4jTestConfig();
    const target = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
    proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
    const port = await proxy.start();
    store = new Neo4jStore({ ...neo4j, uri: `bolt://127.0.0.1:${port}` });
    await store.init();
    api = await startServer(store);
  }, 120_000);
  afterAll(async () => {
    await api?.server.close();
    await store?.close();
    await proxy?.stop();
  });

  it('answers UNAVAILABLE fast while it is down, reports it at /healthz, and recovers without a restart', async () => {
    const stats = () => api.post('{ stats { documents } }');
    const before = await stats();
    expect(before.body.errors).toBeUndefined();

    await proxy.stop();
    const started = Date.now();
    const down = await stats();
    expect(replyCodes(down)).toEqual(['UNAVAILABLE']);
    expect(Date.now() - started).toBeLessThan(10_000);
    const health = await api.raw('', {}, 'GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', store: 'neo4j' });

    await proxy.start();
    const back = await eventually(stats, (r) => !r.body.errors, 30_000);
    expect(back.body.errors).toBeUndefined();
    // Other test files may write the shared database meanwhile: only the shape of the answer is fixed.
    expect(back.body.data).toEqual({ stats: { documents: expect.any(Number) } });
    expect((await api.raw('', {}, 'GET', '/healthz')).status).toBe(200);
  }, 90_000);
});
