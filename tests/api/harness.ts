import { type Api, type ApiLimits, codeSpellings, createApi, runOperation } from '../../src/api/index.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { loadKnowledge } from '../../src/ingest/index.js';
import { fixtureDocument, fixtureEdges, fixtureNodes } from './fixture.js';
import { storeWith } from './stores.js';

/** A config as the environment would give it, quiet logs, and any production/introspection switch. */
export function testConfig(env: Record<string, string> = {}, overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}, { LINEAGE_LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env }), ...overrides };
}

/** Code spellings from the real ingest knowledge, as the CLI gives the API. */
export const testCodeSpellings = codeSpellings(loadKnowledge());

/** The embedded store holding the founding-example fixture (fixture.ts). */
export function fixtureStore(): Promise<GraphStore> {
  return storeWith({ nodes: fixtureNodes, edges: fixtureEdges, documents: [fixtureDocument] });
}

export async function apiOver(
  store: GraphStore,
  limits: Partial<ApiLimits> = {},
  config = testConfig(),
): Promise<Api> {
  return createApi(config, store, { limits, codeSpellings: testCodeSpellings });
}

/** Run an operation; the result as a client would see it (data and formatted errors). */
export async function run(api: Api, query: string, variables?: Record<string, unknown>) {
  return runOperation(api, { query, variables });
}

export function codes(result: {
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
}): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** One top-level field of a result's data, failing loudly when the data is missing. */
export function field<T>(result: { data?: Record<string, unknown> | null }, name: string): T {
  if (!result.data || !(name in result.data)) throw new Error(`no data.${name} in ${JSON.stringify(result)}`);
  return result.data[name] as T;
}
