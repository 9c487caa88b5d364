/** Child process for lock tests: take the ingest lock on argv[2], say so, and hold it until killed. */
import { acquireIngestLock } from '../../src/graph/embedded/writerLock.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-lock.ts DATA_DIR');
await acquireIngestLock(dataDir, { waitMs: 10_000 });
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
