import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { GraphData } from './graph-data.ts';
import { escapeXml, toGraphml } from './graphml.ts';

const hostile = `<script>alert("x")</script> & 'quotes'`;

const graph: GraphData = {
  nodes: [
    {
      id: 'body:a&b',
      kind: 'Body',
      name: hostile,
      labels: [
        { language: 'FR', text: 'Groupe « A »' },
        { language: 'EN', text: 'Group A' },
      ],
      code: null,
      acronym: 'GA',
      aliases: ['Working Group A'],
      date: null,
    },
    {
      id: 'resolution:R-1',
      kind: 'Resolution',
      name: 'R-1',
      labels: [],
      code: 'R-1',
      acronym: null,
      aliases: [],
      date: '2014-11-07',
    },
  ],
  edges: [
    {
      id: 'ESTABLISHES:resolution:R-1->body:a&b',
      type: 'ESTABLISHES',
      from: 'resolution:R-1',
      to: 'body:a&b',
      sourceIsAntecedent: true,
      evidence: [
        {
          document: 'resolution:R-1',
          documentLabel: 'R-1',
          clause: 2,
          clauseFunction: 'TITLE',
          quote: 'Création du "Groupe" <A>',
          start: 10,
          end: 30,
          rule: 'title.creation',
        },
      ],
    },
  ],
};

describe('toGraphml', () => {
  const positions = new Map([['body:a&b', { x: 12.345, y: -40 }]]);
  const xml = toGraphml(graph, { caption: (n) => n.code ?? `caption of ${n.id}`, positions });
  const doc = parseDocument(xml, { xmlMode: true });
  const all = (name: string) => {
    const found: Array<{ attribs: Record<string, string>; children: unknown[] }> = [];
    const walk = (node: { children?: unknown[]; name?: string; attribs?: Record<string, string> }) => {
      if (node.name === name) found.push(node as never);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(doc as never);
    return found;
  };
  const text = (el: unknown): string =>
    ((el as { children: Array<{ data?: string; children?: unknown[] }> }).children ?? [])
      .map((c) => c.data ?? text(c))
      .join('');

  it('writes one node and one edge element per item, ids and ends intact', () => {
    expect(all('node').map((n) => n.attribs.id)).toEqual(['body:a&b', 'resolution:R-1']);
    const [edge] = all('edge');
    expect(edge?.attribs).toMatchObject({ source: 'resolution:R-1', target: 'body:a&b' });
  });

  it('escapes hostile text so it round-trips as text', () => {
    const values = all('data').map((d) => [d.attribs.key, text(d)]);
    expect(values).toContainEqual(['name', hostile]);
    expect(values).toContainEqual(['label_fr', 'Groupe « A »']);
    expect(values).toContainEqual(['quote', 'Création du "Groupe" <A>']);
    expect(values).toContainEqual(['date', '2014-11-07']);
    expect(xml).not.toContain('<script>');
  });

  it('gives each node the caption the view shows as label, its aliases, and its drawn position', () => {
    const of = (id: string) =>
      Object.fromEntries(
        all('node')
          .filter((n) => n.attribs.id === id)
          .flatMap((n) => n.children as Array<{ name?: string; attribs?: Record<string, string> }>)
          .filter((c) => c.name === 'data')
          .map((d) => [d.attribs?.key, text(d)]),
      );
    expect(of('body:a&b')).toMatchObject({
      label: 'caption of body:a&b',
      aliases: 'Working Group A',
      x: '12.3',
      y: '-40',
    });
    expect(of('resolution:R-1')).toMatchObject({ label: 'R-1' });
    expect(of('resolution:R-1').x, 'no position, no x').toBeUndefined();
    const keys = all('key').map((k) => k.attribs);
    expect(keys).toContainEqual({ id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
    expect(keys).toContainEqual({ id: 'x', for: 'node', 'attr.name': 'x', 'attr.type': 'double' });
  });

  it('declares every data key it uses', () => {
    const declared = new Set(all('key').map((k) => k.attribs.id));
    for (const d of all('data')) expect(declared.has(d.attribs.key)).toBe(true);
  });
});

describe('escapeXml', () => {
  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0001b\u000Bc')).toBe('abc');
  });
});
