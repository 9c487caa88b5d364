import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../model/index.js';
import { addNodeContribution, emptyNodeState, mergeNodeContributions, nodeFromState } from './nodeMerge.js';

const ID = 'body:x';
const text = fc.constantFrom('', 'Alpha', 'Beta', 'Groupe Alpha', 'alpha');
const contribution = fc.record({
  document: fc.constantFrom(ID, 'resolution:A', 'resolution:B', 'resolution:C'),
  node: fc.record({
    id: fc.constant(ID),
    kind: fc.constantFrom('Body', 'Organization'),
    name: text,
    acronym: fc.option(text, { nil: undefined }),
    aliases: fc.array(text, { maxLength: 3 }),
    labels: fc.record({ fr: fc.option(text, { nil: undefined }), en: fc.option(text, { nil: undefined }) }),
    props: fc.record({
      year: fc.option(fc.integer({ min: 1990, max: 2020 }), { nil: undefined }),
      place: text,
    }),
  }),
});

describe('node merge', () => {
  it('is independent of the order contributions arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(contribution, { selector: (c) => c.document, maxLength: 4 }), (list) => {
        const forward = nodeFromState(
          mergeNodeContributions(ID, list as Array<{ document: string; node: GraphNode }>),
        );
        const backward = nodeFromState(
          mergeNodeContributions(ID, [...list].reverse() as Array<{ document: string; node: GraphNode }>),
        );
        expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
      }),
    );
  });

  it("lets the node's own document win, then the smallest document id", () => {
    const node = (name: string, place: string): GraphNode => ({
      id: ID,
      kind: 'Body',
      name,
      aliases: [],
      labels: {},
      props: { place },
    });
    let state = emptyNodeState(ID);
    state = addNodeContribution(state, 'resolution:B', node('From B', 'Bali'));
    state = addNodeContribution(state, 'resolution:A', node('From A', ''));
    expect(nodeFromState(state)).toMatchObject({
      name: 'From A',
      aliases: ['From B'],
      props: { place: 'Bali' },
    });
    state = addNodeContribution(state, ID, node('Own', 'Lyon'));
    expect(nodeFromState(state)).toMatchObject({
      name: 'Own',
      aliases: ['From A', 'From B'],
      props: { place: 'Lyon' },
    });
  });

  it('names the node by its English label when one is known', () => {
    const state = addNodeContribution(emptyNodeState(ID), 'resolution:A', {
      id: ID,
      kind: 'Body',
      name: 'Groupe de travail',
      aliases: [],
      labels: { fr: 'Groupe de travail', en: 'Working Group' },
      props: {},
    });
    expect(nodeFromState(state)).toMatchObject({ name: 'Working Group', aliases: ['Groupe de travail'] });
  });
});
