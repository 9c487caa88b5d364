import { createHash } from 'node:crypto';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { Extraction, GraphEdge, GraphNode } from '../../src/graph/model.js';

const N = Number(process.argv[2] ?? 20000);
const dir = process.argv[3] ?? `/tmp/h2a/perf-${N}`;
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const rid = (i: number) => `resolution:P-${i}`;
function doc(i: number): Extraction {
  const id = rid(i);
  const year = 1950 + Math.floor((i / N) * 70);
  const nodes: GraphNode[] = [{ id, kind: 'Resolution', name: `P-${i}`, code: `P-${i}`, aliases: [], labels: {}, props: { date: `${year}-06-01`, title: `Resolution about cybercrime topic ${i % 977}` } }];
  const edges: GraphEdge[] = [];
  const ev = (q: string) => [{ document: id, clause: 0, function: 'preamble' as const, quote: q, start: 0, end: q.length, rule: 'perf' }];
  const add = (type: string, from: string, to: string, n: GraphNode) => {
    if (!nodes.some((x) => x.id === n.id)) nodes.push(n);
    const eid = `${type}:${from}->${to}`;
    if (!edges.some((e) => e.id === eid)) edges.push({ id: eid, type, from, to, evidence: ev(`${type} ${to}`) });
  };
  for (let k = 0; k < 2 && i > 0; k++) {
    const j = Math.floor(rnd() * i);
    add('RECALLS', id, rid(j), { id: rid(j), kind: 'Resolution', name: `P-${j}`, code: `P-${j}`, aliases: [], labels: {}, props: {} });
  }
  const b = Math.floor(rnd() * 5000);
  add(rnd() < 0.3 ? 'ESTABLISHES' : 'THANKS', id, `body:b${b}`, { id: `body:b${b}`, kind: 'Body', name: `Body ${b}`, aliases: [], labels: {}, props: {} });
  add('NOTES', id, `report:R-${i}`, { id: `report:R-${i}`, kind: 'Report', name: `R-${i}`, code: `R-${i}`, aliases: [], labels: {}, props: {} });
  add('ENCOURAGES', id, 'addressee:members', { id: 'addressee:members', kind: 'AddresseeGroup', name: 'member countries', aliases: [], labels: {}, props: {} });
  const s = Math.floor(i / 1000);
  add('ADOPTED_AT', id, `session:s${s}`, { id: `session:s${s}`, kind: 'Session', name: `Session ${s}`, aliases: [], labels: {}, props: { startDate: `${year}-05-01` } });
  const text = `P-${i} text about cybercrime and working groups number ${i}`;
  return { document: { id, source: `${i}.txt`, sha256: createHash('sha256').update(text).digest('hex'), language: 'en', text, clauses: [{ index: 0, function: 'preamble', start: 0, end: text.length, text }], mentions: [] }, nodes, edges, warnings: [] };
}
const store = new EmbeddedStore(dir);
await store.init();
if (await store.isEmpty()) {
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < N; i += 1000) await store.writeDocuments(Array.from({ length: Math.min(1000, N - i) }, (_, k) => doc(i + k)));
  const u = process.cpuUsage(c);
  console.log(`write ${N}: wall ${(performance.now() - t).toFixed(0)} ms, cpu ${(u.user / 1000).toFixed(0)} ms`);
}
console.log(await store.stats().then((s) => [s.documents, s.nodes, s.edges]));
const time = async (label: string, fn: () => Promise<unknown>, runs = 20) => {
  const ts: number[] = [];
  let out: unknown;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    out = await fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(label, 'p50', ts[Math.floor(runs / 2)]!.toFixed(2), 'max', ts.at(-1)!.toFixed(2), JSON.stringify(out).length);
};
let t = performance.now();
await store.lineageCounts({ id: rid(N - 1), direction: 'UPSTREAM', depth: 1 });
console.log('index build', (performance.now() - t).toFixed(0));
t = performance.now();
await store.lineage({ id: rid(N - 1), direction: 'UPSTREAM', depth: 1, asOf: '2000-01-01' });
console.log('asOf dates build', (performance.now() - t).toFixed(0));
for (const depth of [3, 10]) {
  await time(`UP d${depth}`, async () => (await store.lineage({ id: rid(N - 1 - Math.floor(Math.random() * 100)), direction: 'UPSTREAM', depth })).nodes.length);
  await time(`UP d${depth} perHop50`, async () => (await store.lineage({ id: rid(N - 1 - Math.floor(Math.random() * 100)), direction: 'UPSTREAM', depth, perHopLimit: 50 })).nodes.length);
  await time(`DOWN d${depth}`, async () => (await store.lineage({ id: rid(Math.floor(Math.random() * 100)), direction: 'DOWNSTREAM', depth })).nodes.length, 5);
  await time(`counts UP d${depth}`, async () => (await store.lineageCounts({ id: rid(N - 1 - Math.floor(Math.random() * 100)), direction: 'UPSTREAM', depth })).nodes);
}
await time('search cyber', async () => (await store.search({ text: 'cyber', first: 20 })).items.length, 3);
await time('path', async () => (await store.path({ from: rid(N - 1), to: rid(3), maxDepth: 12 }))?.nodes.length, 5);
await store.close();
