import { EmbeddedStore } from '../../src/graph/embedded/index.js';
const store = new EmbeddedStore('/tmp/h2a/perf-20000');
await store.init();
const cpu = async (label: string, fn: () => Promise<unknown>) => {
  const c = process.cpuUsage(); const t = performance.now();
  const out = await fn();
  const u = process.cpuUsage(c);
  console.log(label, 'wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), out);
};
await cpu('index', () => store.lineageCounts({ id: 'resolution:P-19999', direction: 'UPSTREAM', depth: 1 }).then((c) => c.nodes));
await cpu('UP d10', () => store.lineage({ id: 'resolution:P-19999', direction: 'UPSTREAM', depth: 10 }).then((r) => [r.nodes.length, r.edges.length]));
await cpu('UP d10 again', () => store.lineage({ id: 'resolution:P-19998', direction: 'UPSTREAM', depth: 10 }).then((r) => [r.nodes.length, r.edges.length]));
await cpu('counts d10', () => store.lineageCounts({ id: 'resolution:P-19998', direction: 'UPSTREAM', depth: 10 }).then((r) => [r.nodes, r.edges]));
await cpu('DOWN d10', () => store.lineage({ id: 'resolution:P-5', direction: 'DOWNSTREAM', depth: 10 }).then((r) => [r.nodes.length, r.edges.length]));
await cpu('search', () => store.search({ text: 'cyber', first: 20 }).then((r) => r.items.length));
