/**
 * Memory and scale (issue 6): ingest the --size corpus (100k for the target) into the embedded store with
 * the real pipeline in a child process, serve it, answer depth-10 lineage over HTTP and read the server's
 * peak RSS (VmHWM). Neo4j's size on disk is reported by the g6 section, on the query corpus.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { diskMiB } from '../harness/disk.js';
import { graphqlClient } from '../harness/http.js';
import { measureLatency } from '../harness/latency.js';
import { type Figure, NotRun, singleFigure as one } from '../harness/result.js';
import { LINEAGE_QUERY } from './g1-api.js';
import type { Section } from './section.js';

const TSX = ['--import', 'tsx'];

function runChild(script: string, args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Record<string, unknown>);
      else reject(new Error(`${script} exited with ${code}: ${err.trim() || out.trim()}`));
    });
  });
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return kib / 1024;
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...TSX, 'bench/child/serve.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('LISTENING ')) resolve(line.slice('LISTENING '.length));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
}

export const memorySection: Section = {
  id: 'memory',
  aliases: ['scale', 'rss'],
  title: 'Memory and scale: ingest and depth-10 lineage on the embedded store, peak server RSS',
  async run(ctx) {
    if (process.platform !== 'linux') throw new NotRun('peak RSS is read from /proc (Linux only)');
    const corpus = await ctx.generated();
    const figures: Figure[] = [];
    const notes: string[] = [];
    const dataDir = join(ctx.workDir, 'embedded-scale');
    rmSync(dataDir, { recursive: true, force: true });
    const ingest = await runChild('bench/child/ingest.ts', [corpus.docs, 'embedded', dataDir]);
    figures.push(
      one(`embedded ingest (pipeline: read, extract, write), ${corpus.label}`, 's', ingest.seconds as number),
      one(`embedded ingest throughput, ${corpus.label}`, 'docs/s', corpus.files / (ingest.seconds as number)),
      one('embedded ingest process peak RSS', 'MiB', (ingest.maxRssKiB as number) / 1024),
      one('embedded store on disk', 'MiB', diskMiB(dataDir)),
    );
    notes.push(
      `embedded ingest: ${JSON.stringify(ingest.totals)}; ${ingest.nodes} nodes, ${ingest.edges} edges.`,
    );

    const server = await startServer(dataDir);
    try {
      const client = graphqlClient(`${server.url}/graphql`, 1);
      const starts: string[] = [];
      for (const probe of corpus.manifest?.probes ?? []) {
        const r = await client.post('query($n: String!) { lookup(name: $n, kinds: [Body]) { id } }', {
          n: probe.acronym,
        });
        const id = (r.data as { lookup?: Array<{ id: string }> } | undefined)?.lookup?.[0]?.id;
        if (id) starts.push(id);
      }
      if (starts.length === 0) throw new Error('no planted deep chain found through the API');
      let largest = 0;
      const run = await measureLatency(Math.min(ctx.options.requests, 100), 1, async (i) => {
        const r = await client.post(LINEAGE_QUERY, { id: starts[i % starts.length], depth: 10 });
        if (r.errors?.length) throw new Error(r.errors[0]?.message);
        largest = Math.max(largest, (r.data as { lineage: { nodes: unknown[] } }).lineage.nodes.length);
      });
      figures.push(
        one(`depth-10 lineage over HTTP, embedded, ${corpus.label}: p50`, 'ms', run.p50),
        one(`depth-10 lineage over HTTP, embedded, ${corpus.label}: p99`, 'ms', run.p99),
        one(
          `API server peak RSS (VmHWM), embedded, ${corpus.label}`,
          'MiB',
          peakRssMiB(server.child.pid as number),
        ),
      );
      notes.push(
        `depth-10 lineage answered from ${starts.length} start nodes; largest answer ${largest} nodes.`,
      );
      client.close();
    } finally {
      server.child.kill('SIGTERM');
    }

    // Loading 100k documents into Neo4j on this machine takes hours; the g6 section reports Neo4j's size on disk.
    notes.push(`${corpus.label}: ${corpus.files} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB of text.`);
    return { figures, targets: [], notes };
  },
};
