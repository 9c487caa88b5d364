import type { NodeSummary } from '../api/types.ts';

/** A node for unit tests: its kind is the id's prefix (`r:1` is an `r`), every other field empty. */
export function testNode(id: string, extra: Partial<NodeSummary> = {}): NodeSummary {
  return {
    id,
    kind: id.split(':')[0] ?? 'x',
    name: id,
    labels: [],
    code: null,
    acronym: null,
    aliases: [],
    date: null,
    ...extra,
  };
}
