import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src/api/index.js';
import { CMII, EC3, GEMC, RES_2010, RES_2014 } from './fixture.js';
import { apiOver, codes, field, fixtureStore, run } from './harness.js';

let api: Api;
beforeAll(async () => {
  api = await apiOver(await fixtureStore());
});
afterAll(async () => {
  await api.apollo.stop();
});

describe('lookups', () => {
  it.each([
    ['AG-2014-RES-04', 'canonical form'],
    ['AG/2014/RES/04', 'slashes as in older documents'],
    ['ag-2014-res-4', 'lower case and unpadded number'],
    ['  AG 2014 RES 04 ', 'spaces and padding'],
  ])('resolution(code: %j) finds AG-2014-RES-04 (%s)', async (code) => {
    const result = await run(
      api,
      'query($c: String!) { resolution(code: $c) { id code number language status date } }',
      { c: code },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.resolution).toEqual({
      id: RES_2014,
      code: 'AG-2014-RES-04',
      number: 4,
      language: 'FR',
      status: 'ADOPTED',
      date: '2014-11-03',
    });
  });

  it('answers which resolution created the GEMC, and what AG-2010-RES-08 authorized', async () => {
    const result = await run(
      api,
      `{ body(name: "GEMC") { establishedBy { ... on Resolution { code } } }
         resolution(code: "AG-2010-RES-08") { authorizes { id name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      body: { establishedBy: [{ code: 'AG-2014-RES-04' }] },
      resolution: { authorizes: [{ id: CMII, name: 'CMII Working Group' }] },
    });
  });

  it('finds a body by acronym, English name or French label alike', async () => {
    const result = await run(
      api,
      `{ a: body(name: "EC3") { id } b: body(name: "European Cybercrime Centre") { id }
         c: body(name: "centre europeen de lutte contre la CYBERCRIMINALITE") { id } }`,
    );
    expect(result.data).toEqual({ a: { id: EC3 }, b: { id: EC3 }, c: { id: EC3 } });
  });

  it('gives NOT_FOUND for an unknown code, body, entity and document, and null for node(id)', async () => {
    const result = await run(
      api,
      `{ r: resolution(code: "AG-1999-RES-99") { id } b: body(name: "Nope") { id }
         e: entity(id: "body:nope") { id } d: document(id: "resolution:nope") { id } n: node(id: "x") { id }
         p: path(from: "body:nope", to: "${GEMC}") { length } }`,
    );
    expect(result.data).toEqual({ r: null, b: null, e: null, d: null, n: null, p: null });
    expect(codes(result)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    const lineage = await run(api, '{ lineage(id: "body:nope") { start { id } } }');
    expect(codes(lineage)).toEqual(['NOT_FOUND']);
  });

  it('does not return a Report for resolution(code) or a Resolution for report(code)', async () => {
    const result = await run(
      api,
      '{ resolution(code: "AG-2014-RAP-21") { id } report(code: "AG-2014-RAP-21") { id } }',
    );
    expect(result.data).toEqual({ resolution: null, report: { id: 'report:AG-2014-RAP-21' } });
    expect(codes(result)).toEqual(['NOT_FOUND']);
  });
});

describe('search', () => {
  it.each(['cybercriminalité', 'cybercrime', 'GEMC'])('search(%j) finds the GEMC', async (text) => {
    const result = await run(
      api,
      'query($t: String!) { search(text: $t, kinds: [Body]) { edges { node { id } } } }',
      { t: text },
    );
    expect(result.errors).toBeUndefined();
    const ids = field<{ edges: Array<{ node: { id: string } }> }>(result, 'search').edges.map(
      (e) => e.node.id,
    );
    expect(ids).toContain(GEMC);
  });

  it('pages with keyset cursors until every hit was seen once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await run(
        api,
        'query($a: String) { search(text: "cyber", first: 1, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { a: after },
      );
      const data = field<{
        edges: Array<{ cursor: string; node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      }>(result, 'search');
      seen.push(...data.edges.map((e) => e.node.id));
      expect(data.pageInfo.endCursor).toBe(data.edges.at(-1)?.cursor ?? null);
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(GEMC);
    expect(seen).toContain(EC3);
  });
});

describe('lineage', () => {
  it('walks upstream from the GEMC to depth 3 with hops and evidence quotes', async () => {
    const result = await run(
      api,
      `{ lineage(id: "${GEMC}", depth: 3) {
          start { id }
          nodes { hop node { id kind } }
          edges { type from { id } to { id } evidence { quote start end rule document { id } clause { index function } } }
          truncated { hop omitted } } }`,
    );
    expect(result.errors).toBeUndefined();
    const lineage = field<{
      nodes: Array<{ hop: number; node: { id: string } }>;
      edges: Array<{
        type: string;
        evidence: Array<{ quote: string; start: number; end: number; document: { id: string } }>;
      }>;
    }>(result, 'lineage');
    expect(lineage.nodes.map((n) => [n.hop, n.node.id])).toEqual([
      [0, GEMC],
      [1, RES_2014],
      [2, 'report:AG-2014-RAP-21'],
      [2, RES_2010],
      [3, CMII],
    ]);
    expect(lineage.edges.map((e) => e.type).sort()).toEqual(['ABOUT', 'ESTABLISHES', 'NOTES', 'RECALLS']);
    const establishes = lineage.edges.find((e) => e.type === 'ESTABLISHES')!;
    expect(establishes.evidence[0]?.quote).toContain("Groupe d'experts mondial");
    const { text } = field<{ text: string }>(
      await run(api, `{ document(id: "${RES_2014}") { text } }`),
      'document',
    );
    for (const edge of lineage.edges) {
      for (const ev of edge.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('reports per-hop truncation and counts', async () => {
    const result = await run(
      api,
      `{ lineage(id: "${RES_2014}", direction: DOWNSTREAM, depth: 1, perHopLimit: 1) { nodes { hop } truncated { hop omitted } }
         lineageCounts(id: "${RES_2014}", direction: DOWNSTREAM, depth: 1) { nodes perHop { hop nodes } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.lineage).toEqual({
      nodes: [{ hop: 0 }, { hop: 1 }],
      truncated: [{ hop: 1, omitted: 2 }],
    });
    expect(result.data?.lineageCounts).toEqual({ nodes: 4, perHop: [{ hop: 1, nodes: 3 }] });
  });

  it('finds a path between two nodes', async () => {
    const result = await run(
      api,
      `{ path(from: "${GEMC}", to: "${CMII}") { length nodes { id } edges { type } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.path).toMatchObject({ length: 3, nodes: [{ id: GEMC }, {}, {}, { id: CMII }] });
  });
});

describe('argument validation', () => {
  it.each([
    ['depth 0', `{ lineage(id: "${GEMC}", depth: 0) { start { id } } }`, ['depth']],
    ['negative perHopLimit', `{ lineage(id: "${GEMC}", perHopLimit: -1) { start { id } } }`, ['perHopLimit']],
    ['blank search text', '{ search(text: "   ") { edges { cursor } } }', ['text']],
    ['empty code', '{ resolution(code: "") { id } }', ['code']],
    ['reversed timeline', '{ timeline(from: "2020-01-01", to: "2010-01-01") { date } }', ['from']],
    ['control characters in a name', '{ body(name: "EC3\\u0000") { id } }', ['name']],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_why, query, path) => {
    const result = await run(api, query);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const issues =
      (result.errors?.[0]?.extensions?.details as { issues: Array<{ path: string[] }> } | undefined)
        ?.issues ?? [];
    expect(issues.map((i) => i.path)).toContainEqual(path);
  });

  it.each([
    ['lineage depth', `{ lineage(id: "${GEMC}", depth: 13) { start { id } } }`, ['depth']],
    ['lineageCounts depth', `{ lineageCounts(id: "${GEMC}", depth: 99) { nodes } }`, ['depth']],
    ['path depth', `{ path(from: "${GEMC}", to: "${EC3}", maxDepth: 50) { length } }`, ['maxDepth']],
    ['page size', '{ search(text: "cyber", first: 101) { edges { cursor } } }', ['first']],
    ['relations page size', '{ relations(first: 1000) { nodes { id } } }', ['first']],
    ['search text length', `{ search(text: "${'cyber '.repeat(50)}") { edges { cursor } } }`, ['text']],
  ])('refuses a %s over its maximum with LIMIT_EXCEEDED naming the argument', async (_why, query, path) => {
    const result = await run(api, query);
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    const issues =
      (result.errors?.[0]?.extensions?.details as { issues: Array<{ path: string[] }> } | undefined)
        ?.issues ?? [];
    expect(issues.map((i) => i.path)).toContainEqual(path);
  });

  it.each([
    ['unknown enum value', '{ search(text: "x", kinds: [Planet]) { edges { cursor } } }'],
    ['malformed date', '{ timeline(from: "2014-13-45") { date } }'],
    ['wrong variable type', 'query($d: Int) { lineage(id: "x", depth: $d) { start { id } } }', { d: 'deep' }],
    ['unknown field', '{ resolution(code: "AG-2014-RES-04") { password } }'],
    ['syntax error', '{ resolution(code: "AG-2014-RES-04") { id '],
    [
      'a cursor that is not ours',
      '{ search(text: "cyber", after: "bm90IGEgY3Vyc29y") { edges { cursor } } }',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_why, query, variables?: Record<string, unknown>) => {
    const result = await run(api, query, variables);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('request budget', () => {
  it('stops a request that loads more items than allowed with LIMIT_EXCEEDED', async () => {
    const small = await apiOver(await fixtureStore(), { maxItemsPerRequest: 5 });
    try {
      const nested = await run(
        small,
        `{ entity(id: "${RES_2014}") { relations { to { relations { type } } } } }`,
      );
      expect(codes(nested)).toContain('LIMIT_EXCEEDED');
      const modest = await run(small, `{ entity(id: "${RES_2010}") { name } }`);
      expect(modest.errors).toBeUndefined();
    } finally {
      await small.apollo.stop();
    }
  });
});

describe('other queries', () => {
  it('lists relations of a type page by page', async () => {
    const first = await run(
      api,
      '{ relations(first: 3) { nodes { id } pageInfo { hasNextPage endCursor } } }',
    );
    const page = field<{
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    }>(first, 'relations');
    expect(page.nodes).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await run(api, 'query($a: String) { relations(first: 100, after: $a) { nodes { id } } }', {
      a: page.pageInfo.endCursor,
    });
    const rest = field<{ nodes: Array<{ id: string }> }>(next, 'relations').nodes.map((n) => n.id);
    expect(rest).toHaveLength(5);
    expect(rest).not.toContain(page.nodes[0]?.id);
    const typed = await run(api, '{ relations(type: RECALLS) { nodes { from { id } to { id } } } }');
    expect(typed.data?.relations).toEqual({ nodes: [{ from: { id: RES_2014 }, to: { id: RES_2010 } }] });
  });

  it('serves the document reader: clauses, mentions with their entities', async () => {
    const result = await run(
      api,
      `{ document(id: "${RES_2014}") { language clauses { index function } mentions { text start end node { id } clause { index } } resolution { code } } }`,
    );
    expect(result.errors).toBeUndefined();
    const doc = field<{ mentions: Array<{ node: { id: string } }>; resolution: unknown }>(result, 'document');
    expect(doc.resolution).toEqual({ code: 'AG-2014-RES-04' });
    expect(doc.mentions.map((m) => m.node.id)).toEqual([CMII, GEMC, EC3]);
  });

  it('gives entity mentions, labels and mentionedIn', async () => {
    const result = await run(
      api,
      `{ body(name: "EC3") { labels { language text } mentions { text } mentionedIn { code } partOf { name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.body).toEqual({
      // Stores sort label keys (docs/store-semantics.md, node merge), so English comes before French.
      labels: [
        { language: 'EN', text: 'European Cybercrime Centre' },
        { language: 'FR', text: 'Centre européen de lutte contre la cybercriminalité' },
      ],
      mentions: [{ text: 'Centre européen de lutte contre la cybercriminalité (EC3)' }],
      mentionedIn: [{ code: 'AG-2014-RES-04' }],
      partOf: [{ name: 'Europol' }],
    });
  });

  it('filters generic relations by type and direction', async () => {
    const result = await run(
      api,
      `{ entity(id: "${RES_2014}") { out: relations(direction: OUTGOING) { type } in: relations(direction: INCOMING) { type }
         recalls: relations(types: [RECALLS]) { to { id } sourceIsAntecedent } } }`,
    );
    expect(result.errors).toBeUndefined();
    const entity = field<{ out: unknown[]; in: unknown[]; recalls: unknown[] }>(result, 'entity');
    expect(entity.out).toHaveLength(5);
    expect(entity.in).toHaveLength(0);
    expect(entity.recalls).toEqual([{ to: { id: RES_2010 }, sourceIsAntecedent: false }]);
  });

  it('answers timeline, stats and ontology', async () => {
    const result = await run(
      api,
      `{ timeline(from: "2011-01-01") { date node { id } } stats { documents nodes edges nodesByKind { kind count } }
         ontology { relationKinds { type sourceIsAntecedent } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.timeline).toEqual([{ date: '2014-11-03', node: { id: RES_2014 } }]);
    expect(result.data?.stats).toMatchObject({ documents: 1, nodes: 8, edges: 8 });
    const kinds = field<{ relationKinds: Array<{ type: string; sourceIsAntecedent: boolean }> }>(
      result,
      'ontology',
    ).relationKinds;
    expect(kinds.find((k) => k.type === 'ESTABLISHES')?.sourceIsAntecedent).toBe(true);
  });
});
