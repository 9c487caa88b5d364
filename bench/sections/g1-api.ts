/**
 * G1 (issue 4): lineage through GraphQL over HTTP vs the same store call made directly, depth 3, 6, 10,
 * concurrency 1 and 8, on both stores; p50 and p99 from interleaved runs, and a check that the HTTP answer
 * holds the same nodes, hops and edges as the direct one.
 */
import type { GraphStore, LineageQuery, LineageResult } from '../../src/graph/store.js';
import { type GraphqlClient, graphqlClient } from '../harness/http.js';
import { interleave } from '../harness/interleave.js';
import { type LatencyRun, measureLatency } from '../harness/latency.js';
import { lineageStarts } from '../harness/probes.js';
import { check, type Figure, NotRun, type TargetCheck } from '../harness/result.js';
import { firstDifference } from '../harness/same.js';
import { spread } from '../harness/stats.js';
import { DEPTHS } from './g6-lineage.js';
import type { Section } from './section.js';

export const LINEAGE_QUERY = `query Lineage($id: ID!, $depth: Int!) {
  lineage(id: $id, direction: UPSTREAM, depth: $depth) {
    nodes { hop node { id kind name } }
    edges { id type from { id } to { id } evidence { quote start end rule } }
    truncated { hop omitted }
  }
}`;

interface GraphqlLineage {
  lineage: {
    nodes: Array<{ hop: number; node: { id: string } }>;
    edges: Array<{ id: string }>;
    truncated: Array<{ hop: number; omitted: number }>;
  };
}

/** The part of an answer both paths must agree on. */
function shape(nodes: Array<{ hop: number; id: string }>, edges: string[], truncated: unknown) {
  return { nodes, edges, truncated };
}
const directShape = (r: LineageResult) =>
  shape(
    r.nodes.map((n) => ({ hop: n.hop, id: n.node.id })),
    r.edges.map((e) => e.id),
    r.truncated,
  );
const httpShape = (r: GraphqlLineage) =>
  shape(
    r.lineage.nodes.map((n) => ({ hop: n.hop, id: n.node.id })),
    r.lineage.edges.map((e) => e.id),
    r.lineage.truncated,
  );

/** Start our API over a store on a free port; returns the /graphql URL and a stop function. */
export async function startApi(store: GraphStore): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const [{ loadConfig }, api] = await Promise.all([
    import('../../src/config.js'),
    import('../../src/api/index.js').catch((error: Error) => {
      throw new NotRun(`the GraphQL API (src/api) is not available (${error.message.split('\n')[0]})`);
    }),
  ]);
  const config = loadConfig(
    { port: 0, host: '127.0.0.1' },
    { LINEAGE_LOG_LEVEL: 'silent', NODE_ENV: 'production' },
  );
  const { loadKnowledge } = await import('../../src/ingest/index.js');
  const server = api.createServer(config, store, { codeSpellings: api.codeSpellings(loadKnowledge()) });
  const base = await server.listen();
  return { endpoint: `${base}/graphql`, stop: () => server.close() };
}

export async function graphqlLineage(
  client: GraphqlClient,
  id: string,
  depth: number,
): Promise<GraphqlLineage> {
  const response = await client.post(LINEAGE_QUERY, { id, depth });
  if (response.errors?.length)
    throw new Error(`GraphQL error: ${response.errors.map((e) => e.message).join('; ')}`);
  return response.data as GraphqlLineage;
}

export const g1Section: Section = {
  id: 'g1',
  aliases: ['api'],
  title: 'G1 API overhead: GraphQL over HTTP vs direct store call (lineage)',
  async run(ctx) {
    const corpus = await ctx.queryCorpus();
    const stores = await ctx.loadedStores();
    const starts = await lineageStarts(stores.embedded, corpus.manifest);
    const figures: Figure[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const mismatches: string[] = [];
    for (const storeName of ['embedded', 'neo4j'] as const) {
      const store = stores[storeName];
      const api = await startApi(store);
      const client = graphqlClient(api.endpoint, 8);
      try {
        for (const depth of DEPTHS) {
          const query = (i: number): LineageQuery => ({
            id: starts[i % starts.length] as string,
            direction: 'UPSTREAM',
            depth,
          });
          for (let i = 0; i < starts.length; i++) {
            const q = query(i);
            const diff = firstDifference(
              directShape(await store.lineage(q)),
              httpShape(await graphqlLineage(client, q.id, depth)),
            );
            if (diff) mismatches.push(`${storeName} ${q.id} depth ${depth}: ${diff}`);
          }
          for (const concurrency of [1, 8]) {
            const runsOf: Record<'direct' | 'http', LatencyRun[]> = { direct: [], http: [] };
            await interleave(ctx.options.runs, {
              direct: async () => {
                const r = await measureLatency(ctx.options.requests, concurrency, (i) =>
                  store.lineage(query(i)),
                );
                runsOf.direct.push(r);
                return r.p50;
              },
              http: async () => {
                const r = await measureLatency(ctx.options.requests, concurrency, (i) =>
                  graphqlLineage(client, query(i).id, depth),
                );
                runsOf.http.push(r);
                return r.p50;
              },
            });
            const label = `${storeName}, depth ${depth}, concurrency ${concurrency}`;
            for (const variant of ['direct', 'http'] as const)
              figures.push(
                {
                  name: `${variant === 'http' ? 'GraphQL over HTTP' : 'direct store call'}, ${label}: p50`,
                  unit: 'ms',
                  ...spread(runsOf[variant].map((r) => r.p50)),
                },
                {
                  name: `${variant === 'http' ? 'GraphQL over HTTP' : 'direct store call'}, ${label}: p99`,
                  unit: 'ms',
                  ...spread(runsOf[variant].map((r) => r.p99)),
                },
              );
            const p50 = runsOf.http.map((r, i) => r.p50 / runsOf.direct[i]!.p50);
            const p99 = runsOf.http.map((r, i) => r.p99 / runsOf.direct[i]!.p99);
            figures.push(
              { name: `G1 HTTP ÷ direct p50, ${label}`, unit: 'ratio', ...spread(p50) },
              { name: `G1 HTTP ÷ direct p99, ${label}`, unit: 'ratio', ...spread(p99) },
            );
            if (concurrency === 1)
              targets.push(check('G1', `GraphQL ÷ direct p50 (${label})`, spread(p50).median, '<=', 1.25));
          }
        }
      } finally {
        client.close();
        await api.stop();
      }
    }
    targets.push(check('same', 'lineage answers where HTTP and direct differ', mismatches.length, '<=', 0));
    notes.push(
      `Client: node:http with keep-alive (8 sockets), in the benchmark process; the API runs in production mode with its limits and plugins on. ${ctx.options.requests} requests per run, cycling over ${starts.length} start nodes.`,
      ...mismatches.slice(0, 5),
    );
    return { figures, targets, notes };
  },
};
