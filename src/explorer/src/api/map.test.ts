import { describe, expect, it } from 'vitest';
import { type RawEntity, toEntityDetails, toNodeSummary } from './map.ts';

const base = { id: 'x:1', kind: 'K', name: 'One', labels: [] };

describe('toNodeSummary', () => {
  it.each([
    ['a date is used as is', { date: '2014-11-03' }, '2014-11-03'],
    ['a session is placed at its first day', { startDate: '2014-11-03' }, '2014-11-03'],
    ['a year-only date stays a year', { year: 2012 }, '2012'],
    ['nothing dated stays undated', {}, null],
  ])('%s', (_reason, extra, date) => {
    expect(toNodeSummary({ ...base, ...extra }).date).toBe(date);
  });
});

describe('toEntityDetails', () => {
  it('sorts relations into outgoing and incoming, seen from the entity', () => {
    const other = { id: 'y:2', kind: 'K', name: 'Two', labels: [], code: 'C-2' };
    const raw: RawEntity = {
      ...base,
      aliases: [],
      relations: [
        { id: 'A:x:1->y:2', type: 'A', from: base, to: other },
        { id: 'B:y:2->x:1', type: 'B', from: other, to: base },
      ],
    };
    const details = toEntityDetails(raw);
    expect(details.relations.map((r) => [r.type, r.direction, r.node.id, r.node.code])).toEqual([
      ['A', 'out', 'y:2', 'C-2'],
      ['B', 'in', 'y:2', 'C-2'],
    ]);
    expect(details.documentId).toBeNull();
  });
});
