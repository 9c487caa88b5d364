import { describe, expect, it } from 'vitest';
import type { Extraction, GraphEdge, GraphNode } from '../../src/model/index.js';
import { groupScores, type HeldoutExpectation, matches, prf, scoreFile } from './score.js';

const node = (id: string, kind: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  kind,
  name,
  aliases,
  labels: {},
  props: {},
});
const edge = (type: string, from: string, to: string): GraphEdge => ({
  id: `${type}:${from}->${to}`,
  type,
  from,
  to,
  evidence: [],
});
const extraction = (nodes: GraphNode[], edges: GraphEdge[]) => ({ nodes, edges }) as unknown as Extraction;

const expectation: HeldoutExpectation = {
  source: 'X.en.txt',
  genre: 'unesco-ich',
  gate: 'measured',
  resolution: { id: 'resolution:13.COM 17', code: '13.COM 17', language: 'en', adoptedAt: [] },
  edges: [
    { type: 'REQUESTS', from: 'resolution:13.COM 17', to: 'organization:unesco-secretariat' },
    { type: 'RECALLS', from: 'resolution:13.COM 17', to: 'resolution:12.COM 13' },
  ],
  acceptable: [{ type: 'NOTES', from: 'resolution:13.COM 17', to: 'organization:unesco' }],
  entities: [
    { id: 'resolution:13.COM 17', kind: 'Resolution' },
    { id: 'organization:unesco-secretariat', kind: 'Organization|Body', names: ['Secretariat'] },
    { id: 'resolution:12.COM 13', kind: 'Resolution' },
  ],
  acceptableEntities: [{ id: 'organization:unesco', kind: 'Organization', names: ['UNESCO'] }],
  nodes: [],
  wrongNodes: ['conference:general'],
  review: '',
};

describe('held-out scorer', () => {
  it('matches a node by id without case, spaces or brackets, or by kind and name', () => {
    const entity = { id: 'resolution:S/RES/61 (1948)', kind: 'Resolution', names: ['resolution 61 (1948)'] };
    expect(matches(node('resolution:S/RES/61(1948)', 'Resolution', 'x'), entity)).toBe(true);
    expect(matches(node('resolution:other', 'Resolution', 'Resolution 61 (1948)'), entity)).toBe(true);
    // Counter-examples: the same name under another kind, another id without a matching name.
    expect(matches(node('body:other:x', 'Body', 'resolution 61 (1948)'), entity)).toBe(false);
    expect(matches(node('resolution:S/RES/62 (1948)', 'Resolution', 'S/RES/62 (1948)'), entity)).toBe(false);
  });

  it('finds a document by its code whatever its id, but only a document', () => {
    const entity = { id: 'resolution:13.COM 17', kind: 'Resolution' };
    expect(
      matches({ ...node('resolution:ich-13-com-17', 'Resolution', 'x'), code: '13.COM 17' }, entity),
    ).toBe(true);
    expect(
      matches({ ...node('resolution:ich-13-com-17', 'Resolution', 'x'), code: '13.COM 18' }, entity),
    ).toBe(false);
    const body = { id: 'body:committee:cctf', kind: 'Body' };
    expect(matches({ ...node('body:x', 'Body', 'x'), code: 'committee:cctf' }, body)).toBe(false);
  });

  it('reads relations through the matched entities, so the id convention does not matter', () => {
    const score = scoreFile(
      extraction(
        [
          node('resolution:13.COM 17', 'Resolution', '13.COM 17'),
          node('body:secretariat:committee', 'Body', 'Secretariat'),
          node('resolution:12.COM 13', 'Resolution', '12.COM 13'),
        ],
        [
          edge('REQUESTS', 'resolution:13.COM 17', 'body:secretariat:committee'),
          edge('RECALLS', 'resolution:13.COM 17', 'resolution:12.COM 13'),
        ],
      ),
      expectation,
    );
    expect(score.entities).toMatchObject({ truePositives: 3, predicted: 3, expected: 3 });
    expect(score.relations).toMatchObject({ truePositives: 2, predicted: 2, expected: 2 });
  });

  it('counts duplicates and unknown nodes as entity errors, unknown facts as relation errors, tolerates acceptable ones', () => {
    const score = scoreFile(
      extraction(
        [
          node('resolution:13.COM 17', 'Resolution', '13.COM 17'),
          node('organization:unesco-secretariat', 'Organization', 'Secretariat'),
          node('body:secretariat:x', 'Body', 'Secretariat'),
          node('organization:unesco', 'Organization', 'UNESCO'),
          node('conference:general', 'Conference', 'General Conference'),
        ],
        [
          edge('NOTES', 'resolution:13.COM 17', 'organization:unesco'),
          edge('THANKS', 'resolution:13.COM 17', 'conference:general'),
        ],
      ),
      expectation,
    );
    expect(score.entities).toMatchObject({ truePositives: 2, predicted: 4, expected: 3 });
    expect(score.entities.duplicates).toEqual(['body:secretariat:x']);
    expect(score.entities.wrong).toEqual(['conference:general']);
    expect(score.entities.missed).toEqual(['resolution:12.COM 13']);
    expect(score.relations).toMatchObject({ truePositives: 0, predicted: 1, expected: 2 });
    expect(score.wrongNodes).toEqual(['conference:general']);
  });

  it('reads a session by its owner and number whatever its id, and keeps extraordinary sessions apart', () => {
    const exp: HeldoutExpectation = {
      ...expectation,
      edges: [{ type: 'ADOPTED_AT', from: 'resolution:13.COM 17', to: 'session:unesco-ich-committee-13' }],
      acceptable: [],
      entities: [
        { id: 'resolution:13.COM 17', kind: 'Resolution' },
        {
          id: 'organization:unesco-ich-committee',
          kind: 'Organization|Body',
          names: ['Intergovernmental Committee'],
        },
        {
          id: 'session:unesco-ich-committee-13',
          kind: 'Session',
          of: 'organization:unesco-ich-committee',
          ordinal: 13,
        },
      ],
      acceptableEntities: [],
    };
    const own = node('resolution:13.COM 17', 'Resolution', '13.COM 17');
    const committee = node('body:committee:intergovernmental', 'Body', 'Intergovernmental Committee');
    const session = {
      ...node('session:committee:intergovernmental-13', 'Session', '13th session'),
      props: { ordinal: 13 },
    };
    const score = scoreFile(
      extraction([own, committee, session], [edge('ADOPTED_AT', own.id, session.id)]),
      exp,
    );
    expect(score.entities).toMatchObject({ truePositives: 3, predicted: 3 });
    expect(score.relations).toMatchObject({ truePositives: 1, predicted: 1 });
    // Counter-examples: another number; an extraordinary session for an ordinary one; a session of another owner.
    const other = { ...session, id: 'session:committee:intergovernmental-12', props: { ordinal: 12 } };
    const ext = {
      ...session,
      id: 'session:committee:intergovernmental-ext-13',
      name: '13th extraordinary session',
    };
    const foreign = { ...session, id: 'session:un-general-assembly-13' };
    for (const wrong of [other, ext, foreign]) {
      expect(scoreFile(extraction([own, committee, wrong], []), exp).entities.wrong).toEqual([wrong.id]);
    }
  });

  it('micro-averages per group and reports F1 0 when nothing is right', () => {
    expect(prf([{ truePositives: 0, predicted: 3, expected: 2 }]).f1).toBe(0);
    expect(prf([{ truePositives: 2, predicted: 2, expected: 4 }]).f1).toBeCloseTo(2 / 3);
    const base = scoreFile(extraction([], []), expectation);
    const groups = groupScores([base, { ...base, language: 'fr' }]).map((g) => g.group);
    expect(groups).toEqual(
      expect.arrayContaining(['genre unesco-ich', 'lang en', 'lang fr', 'development set (measured)', 'all']),
    );
  });
});
