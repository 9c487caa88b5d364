import { describe, expect, it } from 'vitest';
import { type ExplorerState, expand, focusOn, INITIAL_STATE } from './state.ts';
import { decodeState, encodeState } from './url.ts';

const full: ExplorerState = {
  view: 'timeline',
  lang: 'fr',
  focus: 'body:gemc',
  expanded: [
    { id: 'resolution:AG-2014-RES-04', all: false },
    { id: 'odd,id&with=chars', all: true },
    {
      id: 'resolution:X~with~tildes',
      all: true,
      lineage: { direction: 'UPSTREAM', depth: 5, types: ['RECALLS', 'NOTES'], asOf: '2014-12-31' },
    },
  ],
  selection: { type: 'edge', id: 'ESTABLISHES:resolution:AG-2014-RES-04->body:gemc' },
  reader: { document: 'resolution:AG-2014-RES-04', clause: 3 },
  pathFrom: 'body:gemc',
  pathTo: 'resolution:AG-2010-RES-08',
  pathMode: 'lineage',
  query: 'GEMC & co',
  filters: {
    hiddenRelations: ['THANKS', 'NOTES'],
    hiddenKinds: ['AddresseeGroup'],
    hiddenNodes: ['body:hidden~odd'],
    from: '2010',
    to: '2014-12-31',
  },
};

describe('URL state', () => {
  it('round-trips every field, including ids with reserved characters', () => {
    expect(decodeState(encodeState(full))).toEqual(full);
  });

  it('encodes the initial state as an empty query string', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it.each([
    ['unknown view falls back to the graph', '?view=matrix', { view: 'graph' }],
    ['unknown language falls back to English', '?lang=de', { lang: 'en' }],
    ['unknown path mode falls back to the shortest path', '?pathMode=fastest', { pathMode: 'shortest' }],
    [
      'a non-numeric clause is dropped, the document kept',
      '?doc=d1&clause=x',
      { reader: { document: 'd1', clause: null } },
    ],
    ['a malformed date is dropped', '?from=yesterday', { filters: { ...INITIAL_STATE.filters, from: null } }],
    [
      'duplicate expansions are kept once',
      '?focus=a&expand=b&expand=b',
      { expanded: [{ id: 'b', all: false }] },
    ],
  ])('%s', (_reason, search, expected) => {
    expect(decodeState(search)).toMatchObject(expected);
  });
});

describe('state transitions', () => {
  it('focusing starts a fresh lineage and selects the node', () => {
    const next = focusOn(full, 'body:x');
    expect(next).toMatchObject({ focus: 'body:x', expanded: [], selection: { type: 'node', id: 'body:x' } });
    expect(next.reader).toBeNull();
    expect(next.filters).toBe(full.filters);
    expect([next.pathFrom, next.pathTo], 'a finished path belongs to the old lineage').toEqual([null, null]);
  });

  it('focusing keeps a path with one end chosen, so the other end can be searched for', () => {
    const pending = { ...INITIAL_STATE, focus: 'a', pathFrom: 'a' };
    expect(focusOn(pending, 'b')).toMatchObject({ focus: 'b', pathFrom: 'a', pathTo: null });
    expect(focusOn({ ...INITIAL_STATE, focus: 'a', pathTo: 'a' }, 'b').pathTo).toBe('a');
  });

  it('expanding twice is a no-op, asking for all widens the expansion', () => {
    const once = expand(focusOn(INITIAL_STATE, 'a'), 'b');
    expect(expand(once, 'b')).toBe(once);
    expect(expand(once, 'b', true).expanded).toEqual([{ id: 'b', all: true }]);
    expect(expand(once, 'a')).toBe(once);
    expect(expand(once, 'a', true).expanded).toEqual([
      { id: 'b', all: false },
      { id: 'a', all: true },
    ]);
  });
});
