import { fileURLToPath } from 'node:url';
import { buildASTSchema, getNamedType, isInterfaceType, isObjectType, isScalarType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../src/api/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';
import { type Reply, type Running, replyCodes, startServer } from './http-harness.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const GEMC_CODE = 'AG-2014-RES-04';

/** Strings that would do harm if a store concatenated them into SQL, FTS, Cypher or Lucene, or a page into HTML. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE nodes; --",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' }) WITH 1 AS x CALL db.clearQueryCaches() RETURN x //",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  'cyber* OR NOT "x',
  'name:* NEAR(a b) ^ AND title:[a TO z] ~ \\',
  '%_%',
  `resolution:${GEMC_CODE}' OR 1=1 --`,
];

type Body = Reply['body'];
const data = <T>(reply: Reply, name: string): T => {
  expect(reply.body.errors, JSON.stringify(reply.body.errors)).toBeUndefined();
  return (reply.body.data as Record<string, T>)[name] as T;
};

/** Every Query field with String/ID arguments, as `{ field, args: [[name, type]] }` for the injection sweep. */
function stringArgumentFields() {
  // Built here rather than via buildApiSchema: graphql-tools may load graphql's other (CJS) build.
  const schema = buildASTSchema(parse(readTypeDefs()));
  return Object.values(schema.getQueryType()!.getFields()).flatMap((field) => {
    const args = field.args.filter((a) => {
      const named = getNamedType(a.type);
      return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
    });
    const item = getNamedType(field.type);
    const selection = isObjectType(item) || isInterfaceType(item) ? '{ __typename }' : '';
    return args.length
      ? [
          {
            field: field.name,
            selection,
            args: args.map((a) => [a.name, String(a.type)] as const),
          },
        ]
      : [];
  });
}

/**
 * The API end to end over HTTP on one store, filled from the sample corpus by the real extractor and
 * ingest pipeline: the questions issue 4 asks, the limits, and hostile input.
 */
export function defineApiE2E(name: string, openStore: () => Promise<GraphStore>, timeout = 120_000): void {
  describe(`API end to end on the ${name} store`, { timeout }, () => {
    let store: GraphStore;
    let api: Running;
    beforeAll(async () => {
      store = await openStore();
      const report = await ingestPaths([CORPUS], { store, extractor: createRuleExtractor() });
      expect(report.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
      api = await startServer(store);
    }, timeout);
    afterAll(async () => {
      await api?.server.close();
      await store?.close();
    });

    it('says which resolution created the GEMC', async () => {
      const body = data<{ name: string; establishedBy: Array<{ code?: string }> }>(
        await api.post('{ body(name: "GEMC") { name establishedBy { ... on Resolution { code } } } }'),
        'body',
      );
      expect(body.name).toMatch(/Cybercrime Expert Group/);
      expect(body.establishedBy.map((r) => r.code)).toContain(GEMC_CODE);
    });

    it('says which body AG-2010-RES-08 authorized, in any spelling of the code', async () => {
      for (const code of ['AG-2010-RES-08', 'AG/2010/RES/08', 'ag-2010-res-8']) {
        const resolution = data<{ code: string; authorizes: Array<{ name: string; kind: string }> }>(
          await api.post('query($c: String!) { resolution(code: $c) { code authorizes { name kind } } }', {
            c: code,
          }),
          'resolution',
        );
        expect(resolution.code).toBe('AG-2010-RES-08');
        expect(resolution.authorizes).toContainEqual({ name: 'CMII Working Group', kind: 'Body' });
      }
    });

    it.each([
      ['A/RES/58/85', 'a/res/58/85'],
      ['AGN/69/RES/2', 'AGN 69 RES 2'],
      ['CGPM-2022-RES-4', 'cgpm/2022/res/04'],
    ])('finds %s however it is typed', async (code, typed) => {
      const found = data<{ code: string }>(
        await api.post('query($c: String!) { resolution(code: $c) { code } }', { c: typed }),
        'resolution',
      );
      expect(found.code).toBe(code);
    });

    it('walks the upstream lineage of the GEMC to depth 3 with exact evidence quotes', async () => {
      const gemc = data<{ id: string }>(await api.post('{ body(name: "GEMC") { id } }'), 'body');
      const lineage = data<{
        nodes: Array<{ hop: number; node: { id: string; code?: string } }>;
        edges: Array<{
          type: string;
          evidence: Array<{
            quote: string;
            start: number;
            end: number;
            document: { id: string; text: string };
          }>;
        }>;
      }>(
        await api.post(
          `query($id: ID!) { lineage(id: $id, direction: UPSTREAM, depth: 3) {
             nodes { hop node { id ... on Resolution { code } } }
             edges { type evidence { quote start end document { id text } } } } }`,
          { id: gemc.id },
        ),
        'lineage',
      );
      expect(lineage.nodes[0]).toEqual({ hop: 0, node: { id: gemc.id } });
      const hopOf = new Map(lineage.nodes.map((n) => [n.node.code, n.hop]));
      expect(hopOf.get(GEMC_CODE)).toBe(1);
      expect(hopOf.get('AG-2010-RES-08')).toBe(2);
      expect(Math.max(...lineage.nodes.map((n) => n.hop))).toBeLessThanOrEqual(3);
      expect(lineage.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['ESTABLISHES', 'RECALLS']));
      for (const edge of lineage.edges) {
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const ev of edge.evidence) expect(ev.document.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    });

    it('answers session, path and timeline questions', async () => {
      const session = data<{ session: { ordinal: number; place: string | null } | null }>(
        await api.post(`{ resolution(code: "${GEMC_CODE}") { session { ordinal place } } }`),
        'resolution',
      );
      expect(session.session?.ordinal).toBe(83);
      const ids = await api.post(
        '{ g: body(name: "GEMC") { id } c: body(name: "CMII Working Group") { id } }',
      );
      const { g, c } = ids.body.data as { g: { id: string }; c: { id: string } };
      const path = data<{ length: number; nodes: Array<{ id: string }> }>(
        await api.post('query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length nodes { id } } }', {
          f: g.id,
          t: c.id,
        }),
        'path',
      );
      expect(path.nodes[0]?.id).toBe(g.id);
      expect(path.nodes.at(-1)?.id).toBe(c.id);
      expect(path.length).toBe(path.nodes.length - 1);
      expect(path.length).toBeLessThanOrEqual(3);
      const timeline = data<Array<{ date: string; node: { id: string } }>>(
        await api.post(
          '{ timeline(from: "2014-01-01", to: "2014-12-31", kinds: [Resolution]) { date node { id } } }',
        ),
        'timeline',
      );
      expect(timeline.map((i) => i.node.id)).toContain(`resolution:${GEMC_CODE}`);
      expect(timeline.every((i) => i.date >= '2014-01-01' && i.date <= '2014-12-31')).toBe(true);
    });

    it('finds the same node by acronym and by English name', async () => {
      const reply = await api.post(
        '{ a: body(name: "EC3") { id } b: body(name: "European Cybercrime Centre") { id } }',
      );
      expect(reply.body.errors).toBeUndefined();
      const { a, b } = reply.body.data as { a: { id: string }; b: { id: string } };
      expect(a.id).toBe(b.id);
    });

    it.each(['cybercriminalité', 'cybercrime'])('search(%j) finds the GEMC', async (text) => {
      const gemc = data<{ id: string }>(await api.post('{ body(name: "GEMC") { id } }'), 'body');
      const search = data<{ edges: Array<{ node: { id: string } }> }>(
        await api.post('query($t: String!) { search(text: $t, first: 50) { edges { node { id } } } }', {
          t: text,
        }),
        'search',
      );
      expect(search.edges.map((e) => e.node.id)).toContain(gemc.id);
    });

    it.each([
      [
        'a lineage depth over the maximum',
        '{ lineage(id: "body:x", depth: 50) { start { id } } }',
        'LIMIT_EXCEEDED',
      ],
      [
        'a page over the maximum',
        '{ search(text: "cyber", first: 500) { edges { cursor } } }',
        'LIMIT_EXCEEDED',
      ],
      [
        'a selection nested too deep',
        `{ search(text: "cyber") { edges { node { relations { from { relations { from { relations { from { relations { from { relations { from { id } } } } } } } } } } } } } }`,
        'LIMIT_EXCEEDED',
      ],
      [
        'a query costing too much',
        `{ search(text: "cyber", first: 100) { edges { node { relations { from { relations { from { relations { to { id name aliases } } } } } } } } } }`,
        'LIMIT_EXCEEDED',
      ],
      [
        'one field aliased many times',
        `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`,
        'LIMIT_EXCEEDED',
      ],
      ['an unknown code', '{ resolution(code: "AG-1900-RES-99") { id } }', 'NOT_FOUND'],
      ['an unknown body', '{ body(name: "Ministry of Silly Walks") { id } }', 'NOT_FOUND'],
      ['the lineage of an unknown node', '{ lineage(id: "body:nope") { start { id } } }', 'NOT_FOUND'],
      ['the lineage counts of an unknown node', '{ lineageCounts(id: "body:nope") { nodes } }', 'NOT_FOUND'],
      [
        'a malformed date argument',
        '{ lineage(id: "body:x", asOf: "yesterday") { start { id } } }',
        'BAD_USER_INPUT',
      ],
      ['a zero depth', '{ lineage(id: "body:x", depth: 0) { start { id } } }', 'BAD_USER_INPUT'],
      [
        'a cursor that was never issued',
        '{ search(text: "cyber", after: "!!") { edges { cursor } } }',
        'BAD_USER_INPUT',
      ],
      ['a malformed query', '{ search(text: "cyber" { edges }', 'BAD_USER_INPUT'],
    ])('answers %s with %s', async (_why, query, code) => {
      expect(replyCodes(await api.post(query))).toEqual([code]);
    });

    it('refuses an oversized request body with LIMIT_EXCEEDED', async () => {
      const reply = await api.raw(JSON.stringify({ query: `{ stats { nodes } } #${'x'.repeat(100_000)}` }), {
        'content-type': 'application/json',
      });
      expect(reply.status).toBe(413);
      expect(replyCodes(reply)).toEqual(['LIMIT_EXCEEDED']);
    });

    it('treats injection strings in every string argument as plain data', async () => {
      const before = data<Body>(await api.post('{ stats { documents nodes edges } }'), 'stats');
      const fields = stringArgumentFields();
      expect(fields.length).toBeGreaterThan(8);
      for (const { field, selection, args } of fields) {
        const declared = args.map(([arg, type]) => `$${arg}: ${type.replace(/!$/, '')}!`).join(', ');
        const passed = args.map(([arg]) => `${arg}: $${arg}`).join(', ');
        for (const payload of INJECTIONS) {
          const variables = Object.fromEntries(args.map(([arg]) => [arg, payload]));
          const reply = await api.post(`query(${declared}) { ${field}(${passed}) ${selection} }`, variables);
          expect(reply.status, `${field} ${payload}`).toBeLessThan(500);
          expect(reply.headers.get('content-type')).toContain('application/json');
          for (const code of replyCodes(reply))
            expect(['NOT_FOUND', 'BAD_USER_INPUT'], `${field} ${payload}`).toContain(code);
        }
      }
      const after = data<Body>(await api.post('{ stats { documents nodes edges } }'), 'stats');
      expect(after).toEqual(before);
      expect(data<{ id: string }>(await api.post('{ body(name: "GEMC") { id } }'), 'body').id).toMatch(
        /^body:/,
      );
    });

    it('reports a healthy store at /healthz', async () => {
      const reply = await api.raw('', {}, 'GET', '/healthz');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ status: 'ok', store: name });
    });
  });
}
