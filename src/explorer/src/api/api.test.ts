import { describe, expect, it } from 'vitest';
import { LineageApi, NEIGHBOURS_FETCH_LIMIT } from './api.ts';
import type { Fetch } from './client.ts';

const lineage = {
  lineage: {
    nodes: [
      { hop: 0, node: { id: 'a:1', kind: 'A', name: 'One', labels: [], code: 'C-1', date: '2014-01-02' } },
      {
        hop: 1,
        node: { id: 'b:2', kind: 'B', name: 'Two', labels: [{ language: 'FR', text: 'Deux' }], year: 2012 },
      },
    ],
    edges: [],
    truncated: [{ hop: 1, omitted: 3 }],
  },
};

function scripted(...answers: Array<'down' | object>): {
  fetch: Fetch;
  calls: Array<Record<string, unknown>>;
} {
  const calls: Array<Record<string, unknown>> = [];
  const fetch: Fetch = async (_url, init) => {
    calls.push(JSON.parse(String(init.body)).variables);
    const answer = answers.shift();
    if (answer === 'down' || answer === undefined) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ data: answer }));
  };
  return { fetch, calls };
}

describe('LineageApi', () => {
  it('fetches a whole neighbourhood, flattens it, and caches it', async () => {
    const { fetch, calls } = scripted(lineage);
    const api = new LineageApi(fetch);
    const first = await api.neighbours('a:1');
    expect(first).toEqual({
      center: 'a:1',
      nodes: [
        {
          id: 'a:1',
          kind: 'A',
          name: 'One',
          labels: [],
          code: 'C-1',
          acronym: null,
          aliases: [],
          date: '2014-01-02',
        },
        {
          id: 'b:2',
          kind: 'B',
          name: 'Two',
          labels: [{ language: 'FR', text: 'Deux' }],
          code: null,
          acronym: null,
          aliases: [],
          date: '2012',
        },
      ],
      edges: [],
      omitted: 3,
    });
    expect(await api.neighbours('a:1')).toBe(first);
    expect(calls).toEqual([
      {
        id: 'a:1',
        direction: 'BOTH',
        depth: 1,
        relationTypes: null,
        asOf: null,
        limit: NEIGHBOURS_FETCH_LIMIT,
      },
    ]);
  });

  it('asks the API for the lineage walk chosen (direction, hops, relation types, as-of date)', async () => {
    const { fetch, calls } = scripted(lineage);
    const api = new LineageApi(fetch);
    await api.lineage('a:1', { direction: 'UPSTREAM', depth: 5, types: ['RECALLS'], asOf: '2014-12-31' });
    expect(calls).toEqual([
      {
        id: 'a:1',
        direction: 'UPSTREAM',
        depth: 5,
        relationTypes: ['RECALLS'],
        asOf: '2014-12-31',
        limit: NEIGHBOURS_FETCH_LIMIT,
      },
    ]);
  });

  it('does not cache failures, so a retry asks again', async () => {
    const { fetch, calls } = scripted('down', lineage);
    const api = new LineageApi(fetch);
    await expect(api.neighbours('a:1')).rejects.toMatchObject({ failure: 'unreachable' });
    await expect(api.neighbours('a:1')).resolves.toMatchObject({ center: 'a:1' });
    expect(calls).toHaveLength(2);
  });
});
