import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApi, runOperation } from '../../src/api/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { fixtureStore, testCodeSpellings, testConfig } from './harness.js';

/** An API whose log lines are collected as parsed JSON. */
async function loggedApi(store?: GraphStore) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const api = await createApi(testConfig({ NODE_ENV: 'production' }), store ?? (await fixtureStore()), {
    logger: pino({ level: 'info' }, sink),
    codeSpellings: testCodeSpellings,
  });
  return { api, lines };
}

describe('log levels (issue 12)', () => {
  it('client mistakes log at info without a stack, one line for many errors', async () => {
    const { api, lines } = await loggedApi();
    const directives = Array.from({ length: 15 }, () => '@skip(if: maybe)').join(' ');
    await runOperation(api, { query: `{ node(id: "x") ${directives} { id } }` });
    const errors = lines.filter((l) => Number(l.level) >= 50);
    expect(errors).toEqual([]);
    expect(lines.filter((l) => l.msg === 'client error')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('stack');
    await api.apollo.stop();
  });

  it('an internal error is logged at error level with its stack', async () => {
    const store = Object.assign(await fixtureStore(), {
      getNodes: async () => {
        throw new TypeError('boom inside the store');
      },
    });
    const { api, lines } = await loggedApi(store);
    const result = await runOperation(api, { query: '{ node(id: "body:x") { id } }' });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    const logged = lines.find((l) => Number(l.level) === 50);
    expect(JSON.stringify(logged)).toContain('boom inside the store');
    expect(JSON.stringify(logged)).toContain('stack');
    await api.apollo.stop();
  });
});
