import { describe, expect, it } from 'vitest';
import { loadOntology, parseOntology } from '../../src/ontology/index.js';

const ontology = loadOntology();

describe('graph/ontology.yaml', () => {
  it('declares the node kinds the product needs', () => {
    for (const kind of [
      'Resolution',
      'Report',
      'Body',
      'Conference',
      'Meeting',
      'Session',
      'Organization',
      'AddresseeGroup',
    ]) {
      expect(ontology.isNodeKind(kind), kind).toBe(true);
    }
  });

  it('declares at least the relation kinds of the ingest issue', () => {
    const required = [
      'ESTABLISHES',
      'AUTHORIZES',
      'DISSOLVES',
      'RECALLS',
      'AMENDS',
      'SUPERSEDES',
      'NOTES',
      'ENDORSES',
      'APPROVES',
      'THANKS',
      'TAKES_INTO_ACCOUNT',
      'RECOMMENDS',
      'REQUESTS',
      'ENCOURAGES',
      'WELCOMES',
      'INVITES',
      'DECIDES',
      'PART_OF',
      'SUCCEEDS',
      'ABOUT',
      'ADOPTED_AT',
    ];
    for (const type of required) expect(ontology.isRelationKind(type), type).toBe(true);
  });

  it.each([
    // [type, direction, expected step, why]
    ['ESTABLISHES', 'UPSTREAM', 'in', 'upstream of a body is the resolution that created it'],
    ['ESTABLISHES', 'DOWNSTREAM', 'out', 'downstream of a resolution is what it created'],
    ['RECALLS', 'UPSTREAM', 'out', 'upstream of a resolution is what it recalls'],
    ['RECALLS', 'DOWNSTREAM', 'in', 'downstream of a resolution is what recalls it'],
    ['SUCCEEDS', 'UPSTREAM', 'out', 'upstream of the new body is the old one'],
    ['PART_OF', 'UPSTREAM', 'out', 'a group set up within a working group grew out of it'],
    ['ADOPTED_AT', 'UPSTREAM', 'out', 'the session precedes the resolution adopted at it'],
    ['ENCOURAGES', 'BOTH', 'both', 'BOTH ignores direction'],
  ] as const)('%s walked %s steps %s (%s)', (type, direction, expected, _why) => {
    expect(ontology.step(type, direction)).toBe(expected);
  });

  it('allows edges only between declared kinds', () => {
    expect(ontology.allows('ESTABLISHES', 'Resolution', 'Body')).toBe(true);
    expect(ontology.allows('ESTABLISHES', 'Report', 'Body')).toBe(false);
    expect(ontology.allows('ADOPTED_AT', 'Resolution', 'Session')).toBe(true);
  });

  it('rejects an ontology with an unknown key, naming the kind', () => {
    const bad = `version: 1
nodeKinds:
  Thing: { description: x, key: name, idPrefix: thing, properties: [], indexed: [], fulltext: [], colour: red }
relationKinds: {}
`;
    expect(() => parseOntology(bad)).toThrow(/nodeKinds\.Thing/);
  });

  it('rejects a relation naming an unknown node kind', () => {
    const bad = `version: 1
languages: { en: English }
nodeKinds:
  Thing: { description: x, key: name, idPrefix: thing, properties: [], indexed: [], fulltext: [] }
relationKinds:
  LIKES: { description: x, from: [Thing], to: [Ghost], antecedent: target, fields: { forward: likes, reverse: likedBy } }
`;
    expect(() => parseOntology(bad)).toThrow(/LIKES: unknown node kind "Ghost"/);
  });
});
