/**
 * G2: the same upstream-lineage question answered by our API and by @neo4j/graphql (its generated API
 * plus a @cypher traversal) on the same Neo4j data, both under Apollo Server over HTTP, interleaved in
 * the same run; latency ratio ours ÷ peer and a check that both return the same node set.
 */
import { graphqlClient } from '../harness/http.js';
import { interleave } from '../harness/interleave.js';
import { type LatencyRun, measureLatency } from '../harness/latency.js';
import { lineageStarts } from '../harness/probes.js';
import { check, type Figure, NotRun, type TargetCheck } from '../harness/result.js';
import { spread } from '../harness/stats.js';
import { startApi } from './g1-api.js';
import { DEPTHS } from './g6-lineage.js';
import { OUR_QUERY, peerQuery, peerTypeDefs } from './peer-schema.js';
import type { Section } from './section.js';

/** A peer query slower than this is reported as timed out rather than holding the run. */
const PEER_TIMEOUT_MS = 60_000;

async function startPeer(uri: string): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const [{ Neo4jGraphQL }, { ApolloServer }, { startStandaloneServer }, neo4j, { loadOntology }] =
    await Promise.all([
      import('@neo4j/graphql').catch((e: Error) => {
        throw new NotRun(`@neo4j/graphql is not installed (${e.message.split('\n')[0]})`);
      }),
      import('@apollo/server'),
      import('@apollo/server/standalone'),
      import('neo4j-driver'),
      import('../../src/ontology/index.js'),
    ]);
  const driver = neo4j.default.driver(uri, neo4j.default.auth.basic('neo4j', ''));
  const schema = await new Neo4jGraphQL({
    typeDefs: peerTypeDefs(loadOntology(), DEPTHS),
    driver,
  }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    endpoint: url,
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

export const g2Section: Section = {
  id: 'g2',
  aliases: ['peer'],
  title: 'G2 peer: our API vs @neo4j/graphql (@cypher traversal), same Neo4j, same Apollo',
  async run(ctx) {
    const corpus = await ctx.queryCorpus();
    const stores = await ctx.loadedStores();
    const server = await ctx.neo4j();
    const starts = await lineageStarts(stores.neo4j, corpus.manifest);
    const ours = await startApi(stores.neo4j);
    const peer = await startPeer(server.uri);
    const oursClient = graphqlClient(ours.endpoint, 1);
    const peerClient = graphqlClient(peer.endpoint, 1);
    const figures: Figure[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const mismatches: string[] = [];
    const askOurs = async (id: string, depth: number): Promise<string[]> => {
      const r = await oursClient.post(OUR_QUERY, { id, depth });
      if (r.errors?.length) throw new Error(`our API: ${r.errors[0]?.message}`);
      const data = r.data as { lineage: { nodes: Array<{ hop: number; node: { id: string } }> } };
      return data.lineage.nodes
        .filter((n) => n.hop > 0)
        .map((n) => n.node.id)
        .sort();
    };
    const askPeer = async (id: string, depth: number): Promise<string[]> => {
      const r = await withTimeout(peerClient.post(peerQuery(depth), { id }), PEER_TIMEOUT_MS);
      if (r.errors?.length) throw new Error(`@neo4j/graphql: ${r.errors[0]?.message}`);
      const data = r.data as { entities: Array<Record<string, Array<{ id: string }>>> };
      return (data.entities[0]?.[`upstream${depth}`] ?? []).map((n) => n.id).sort();
    };
    try {
      for (const depth of DEPTHS) {
        let peerFailed: string | undefined;
        for (const id of starts) {
          const a = await askOurs(id, depth);
          const b = await askPeer(id, depth).catch((e: Error) => {
            peerFailed = e.message;
            return undefined;
          });
          if (!b) break;
          if (a.join('\n') !== b.join('\n'))
            mismatches.push(`${id} depth ${depth}: ours ${a.length} nodes, peer ${b.length} nodes`);
        }
        if (peerFailed) {
          notes.push(
            `depth ${depth}: @neo4j/graphql failed (${peerFailed}); no latency measured at this depth.`,
          );
          targets.push(check('G2', `ours ÷ @neo4j/graphql p50, depth ${depth} (peer failed)`, 0, '<=', 0.6));
          continue;
        }
        const runsOf: Record<'ours' | 'peer', LatencyRun[]> = { ours: [], peer: [] };
        // The peer may be orders of magnitude slower at depth; fewer requests keep the run bounded.
        const requests =
          depth >= 10 ? Math.max(10, Math.floor(ctx.options.requests / 10)) : ctx.options.requests;
        await interleave(ctx.options.runs, {
          ours: async () => {
            const r = await measureLatency(requests, 1, (i) =>
              askOurs(starts[i % starts.length] as string, depth),
            );
            runsOf.ours.push(r);
            return r.p50;
          },
          peer: async () => {
            const r = await measureLatency(requests, 1, (i) =>
              askPeer(starts[i % starts.length] as string, depth),
            );
            runsOf.peer.push(r);
            return r.p50;
          },
        });
        for (const variant of ['ours', 'peer'] as const)
          figures.push(
            {
              name: `${variant === 'ours' ? 'our API' : '@neo4j/graphql'}, depth ${depth}: p50`,
              unit: 'ms',
              ...spread(runsOf[variant].map((r) => r.p50)),
            },
            {
              name: `${variant === 'ours' ? 'our API' : '@neo4j/graphql'}, depth ${depth}: p99`,
              unit: 'ms',
              ...spread(runsOf[variant].map((r) => r.p99)),
            },
          );
        const ratio = runsOf.ours.map((r, i) => r.p50 / runsOf.peer[i]!.p50);
        figures.push({ name: `G2 ours ÷ peer p50, depth ${depth}`, unit: 'ratio', ...spread(ratio) });
        targets.push(
          check('G2', `ours ÷ @neo4j/graphql lineage p50, depth ${depth}`, spread(ratio).median, '<=', 0.6),
        );
        notes.push(`depth ${depth}: ${requests} requests per run over ${starts.length} start nodes.`);
      }
    } finally {
      oursClient.close();
      peerClient.close();
      await ours.stop();
      await peer.stop();
    }
    targets.push(
      check('same', 'lineage node sets where ours and @neo4j/graphql differ', mismatches.length, '<=', 0),
    );
    notes.push(
      'Both APIs run on Apollo Server 5 in this process over the same Neo4j; ours: `lineage(id, UPSTREAM, depth) { nodes { hop node { id } } }`; peer: `entities(where: {id: {eq}}) { upstreamN { id } }` with a quantified-path @cypher field built from the same ontology step rules.',
      ...mismatches.slice(0, 5),
    );
    return { figures, targets, notes };
  },
};
