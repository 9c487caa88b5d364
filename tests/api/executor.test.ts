import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../src/api/index.js';
import { GEMC, RES_2010, RES_2014 } from './fixture.js';
import { apiOver, codes, fixtureStore, run } from './harness.js';
import { startServer } from './http-harness.js';

// Count compilations while keeping graphql-jit's real compiler.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('graphql-jit', async (importOriginal) => {
  const actual = await importOriginal<typeof import('graphql-jit')>();
  return {
    ...actual,
    compileQuery: (...args: Parameters<typeof actual.compileQuery>) => {
      compiled.count++;
      return actual.compileQuery(...args);
    },
  };
});

let api: Api;
beforeAll(async () => {
  api = await apiOver(await fixtureStore());
});
afterAll(async () => {
  await api.apollo.stop();
});
beforeEach(() => {
  compiled.count = 0;
});

/** A result without the development-only stack traces, which name the executor's own frames. */
function withoutStacks(result: Awaited<ReturnType<typeof run>>) {
  return {
    ...result,
    errors: result.errors?.map(({ extensions, ...error }) => {
      const { stacktrace: _stack, ...rest } = extensions ?? {};
      return { ...error, extensions: rest };
    }),
  };
}

/**
 * An operation's first run goes through graphql-js, later runs through the compiled query: each row runs
 * three times, its first answer has the expected error codes, and the compiled answers (data and formatted
 * errors) are identical to it. Rows cover what the compiler
 * re-implements: abstract types, fragments, aliases, directives, enums with internal values, custom
 * scalars, lists, null propagation, and every kind of error.
 */
describe('compiled execution answers exactly as graphql-js', () => {
  it.each<[string, string, Record<string, unknown> | undefined, string[]]>([
    [
      'lineage with evidence (the benchmark query)',
      `query($id: ID!, $depth: Int!) { lineage(id: $id, direction: UPSTREAM, depth: $depth) {
         nodes { hop node { id kind name } }
         edges { id type from { id } to { id } evidence { quote start end rule } }
         truncated { hop omitted } } }`,
      { id: GEMC, depth: 3 },
      [],
    ],
    [
      'interface fragments, enums with internal values, Date scalars',
      `{ resolution(code: "AG-2014-RES-04") { id __typename code number language status date
         ... on Resolution { recalls { id ... on Resolution { date } } } } }`,
      undefined,
      [],
    ],
    [
      'aliases, @include/@skip with variables, nested relations',
      `query($yes: Boolean!, $no: Boolean!) {
         a: body(name: "GEMC") { id acronym @include(if: $yes) bodyType @skip(if: $yes) }
         b: body(name: "EC3") { id relations { type from { name } to { name } sourceIsAntecedent } }
         c: entity(id: "${RES_2010}") { id name @include(if: $no) } }`,
      { yes: true, no: false },
      [],
    ],
    [
      'documents, clauses and mentions',
      `{ document(id: "${RES_2014}") { id language clauses { index function verb } }
         body(name: "GEMC") { mentions { text start end clause { index } document { id } } } }`,
      undefined,
      [],
    ],
    [
      'search with a page',
      '{ search(text: "cyber", first: 2) { edges { cursor node { id } } } }',
      undefined,
      [],
    ],
    ['__typename and a null node', '{ __typename node(id: "nope") { id } }', undefined, []],
    [
      'introspection (development only)',
      '{ __schema { queryType { name } types { name kind } } __type(name: "Body") { fields { name type { kind ofType { name } } } } }',
      undefined,
      [],
    ],
    [
      'NOT_FOUND in a nullable field',
      '{ a: entity(id: "body:nope") { id } b: body(name: "GEMC") { id } }',
      undefined,
      ['NOT_FOUND'],
    ],
    [
      'NOT_FOUND under a non-null field',
      '{ lineage(id: "body:nope") { start { id } } }',
      undefined,
      ['NOT_FOUND'],
    ],
    [
      'LIMIT_EXCEEDED from argument checks',
      '{ lineage(id: "body:x", depth: 50) { start { id } } }',
      undefined,
      ['LIMIT_EXCEEDED'],
    ],
    [
      'BAD_USER_INPUT from argument checks',
      '{ lineage(id: "  ", depth: 2) { start { id } } }',
      undefined,
      ['BAD_USER_INPUT'],
    ],
    [
      'a variable of the wrong type',
      'query($d: Int!) { lineage(id: "x", depth: $d) { start { id } } }',
      { d: 'deep' },
      ['BAD_USER_INPUT'],
    ],
    ['a missing variable', 'query($id: ID!) { entity(id: $id) { id } }', {}, ['BAD_USER_INPUT']],
  ])('%s', async (_label, query, variables, errorCodes) => {
    const first = await run(api, query, variables);
    expect(codes(first)).toEqual(errorCodes);
    expect(compiled.count).toBe(0);
    const second = await run(api, query, variables);
    const third = await run(api, query, variables);
    expect(withoutStacks(second)).toEqual(withoutStacks(first));
    expect(withoutStacks(third)).toEqual(withoutStacks(first));
    // Compiled on the second run, then reused.
    expect(compiled.count).toBe(1);
  });

  it('compiles an operation on its second run and reuses it after', async () => {
    const query = `{ body(name: "GEMC") { id establishedBy { id } } }`;
    await run(api, query);
    expect(compiled.count).toBe(0);
    await run(api, query);
    expect(compiled.count).toBe(1);
    for (let i = 0; i < 3; i++) await run(api, query);
    expect(compiled.count).toBe(1);
  });

  it('compiles each operation of a document on its own', async () => {
    const query = 'query A { body(name: "GEMC") { id } } query B { body(name: "EC3") { acronym } }';
    const a = async () =>
      api.apollo.executeOperation({ query, operationName: 'A' }, { contextValue: api.newContext() });
    const b = async () =>
      api.apollo.executeOperation({ query, operationName: 'B' }, { contextValue: api.newContext() });
    const body = (r: Awaited<ReturnType<typeof a>>) =>
      r.body.kind === 'single' ? r.body.singleResult : null;
    const [a1, b1, a2, b2] = [await a(), await b(), await a(), await b()];
    expect(body(a2)).toEqual(body(a1));
    expect(body(b2)).toEqual(body(b1));
    expect(body(a2)?.data).toEqual({ body: { id: GEMC } });
    expect(body(b2)?.data).toEqual({ body: { acronym: 'EC3' } });
    expect(compiled.count).toBe(2);
  });

  it('keeps the error codes of the contract on the compiled path', async () => {
    const query = '{ entity(id: "body:nope") { id } }';
    await run(api, query);
    const result = await run(api, query);
    expect(compiled.count).toBe(1);
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]).toMatchObject({ path: ['entity'], locations: [{ line: 1, column: 3 }] });
  });
});

describe('HTTP answers', () => {
  it('declare the byte length of a UTF-8 body', async () => {
    const server = await startServer(await fixtureStore());
    try {
      const query = `{ entity(id: "${RES_2014}") { name } }`;
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
        // Non-ASCII text ("Création", "cybercriminalité") makes bytes and characters differ.
        expect(bytes.toString('utf8').length).toBeLessThan(bytes.length);
        expect(JSON.parse(bytes.toString('utf8')).data.entity.name).toContain('cybercriminalité');
      }
    } finally {
      await server.server.close();
    }
  });
});
