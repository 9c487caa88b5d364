/**
 * Throughput of the real ingest pipeline against store size: ingest a folder into a fresh embedded store and
 * print, every `--every` documents, the documents/s of that window overall and of the store writes alone.
 * A write path that grows with the store shows as falling rates. Usage:
 *   npx tsx bench/child/ingest-progress.ts <docs> <dataDir> [every=1000] [workers=default]
 */
import { rmSync } from 'node:fs';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';

const [docs, dataDir, everyArg, workersArg] = process.argv.slice(2);
if (!docs || !dataDir) {
  console.error('usage: ingest-progress.ts <docs> <dataDir> [every] [workers]');
  process.exit(2);
}
const every = Number(everyArg ?? 1000);
rmSync(dataDir, { recursive: true, force: true });
const store = new EmbeddedStore(dataDir);
await store.init();

let writeMs = 0;
let writeCpuMs = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const timed = {
  documentHashes: (ids: string[]) => store.documentHashes(ids),
  async writeDocuments(extractions: Extraction[]) {
    const t = performance.now();
    const c = cpuMs();
    try {
      return await store.writeDocuments(extractions);
    } finally {
      writeMs += performance.now() - t;
      writeCpuMs += cpuMs() - c;
    }
  },
};

const started = performance.now();
let windowStart = started;
let windowWriteMs = 0;
let windowCpuMs = cpuMs();
let windowWriteCpuMs = 0;
const report = await ingestPaths([docs], {
  store: timed,
  extractor: createRuleExtractor(),
  workers: workersArg === undefined ? undefined : Number(workersArg),
  onEvent(event) {
    if (event.type !== 'file' || event.done % every !== 0) return;
    const now = performance.now();
    const seconds = (now - windowStart) / 1000;
    const writeSeconds = (writeMs - windowWriteMs) / 1000;
    const cpu = cpuMs();
    const perDoc = (ms: number) => `${(ms / every).toFixed(2)} ms/doc`;
    console.log(
      [
        event.done,
        `${(every / seconds).toFixed(0)} docs/s`,
        `writes ${(every / writeSeconds).toFixed(0)} docs/s`,
        `CPU ${perDoc(cpu - windowCpuMs)}, writes ${perDoc(writeCpuMs - windowWriteCpuMs)}`,
        `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
      ].join('\t'),
    );
    windowStart = now;
    windowWriteMs = writeMs;
    windowCpuMs = cpu;
    windowWriteCpuMs = writeCpuMs;
  },
});
const seconds = (performance.now() - started) / 1000;
const files = report.totals.files;
await store.close();
console.log(
  `total ${seconds.toFixed(1)} s (${(files / seconds).toFixed(0)} docs/s), writes ${(writeMs / 1000).toFixed(1)} s; CPU ${(cpuMs() / 1000).toFixed(1)} s, writes ${(writeCpuMs / 1000).toFixed(1)} s`,
);
