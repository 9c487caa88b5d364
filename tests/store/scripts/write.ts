/**
 * Child process for tests/store/embedded.test.ts: writes into an embedded store and reports progress on stdout.
 *   node --import tsx write.ts DIR large SIZE        one large document ("writing", then "done")
 *   node --import tsx write.ts DIR range FROM TO     generated documents FROM..TO-1, one per transaction
 */
import { EmbeddedStore } from '../../../src/graph/embedded/index.js';
import { generatedExtraction, largeExtraction } from '../generated.js';

const [dir, mode, a, b] = process.argv.slice(2);
const store = new EmbeddedStore(dir!, { busyTimeoutMs: 30_000 });
await store.init();
if (mode === 'large') {
  const extraction = largeExtraction(Number(a));
  process.stdout.write('writing\n');
  const [outcome] = await store.writeDocuments([extraction]);
  process.stdout.write(`done ${outcome!.status}\n`);
} else if (mode === 'range') {
  for (let i = Number(a); i < Number(b); i++) {
    const [outcome] = await store.writeDocuments([generatedExtraction(i)]);
    if (outcome!.status !== 'written') throw new Error(`document ${i}: ${JSON.stringify(outcome)}`);
  }
  process.stdout.write('done\n');
} else {
  throw new Error(`unknown mode ${mode}`);
}
await store.close();
