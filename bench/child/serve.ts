/**
 * Child process for the memory section: serve the API over an embedded data directory (as `lineage serve`
 * does) and print its URL; the parent reads this process's peak RSS from /proc while it answers queries.
 * Usage: serve.ts <dataDir>
 */
import { codeSpellings, createServer } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { loadKnowledge } from '../../src/ingest/index.js';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: serve.ts <dataDir>');
  process.exit(2);
}
const store = new EmbeddedStore(dataDir);
await store.init();
const config = loadConfig(
  { port: 0, host: '127.0.0.1', dataDir },
  { LINEAGE_LOG_LEVEL: 'silent', NODE_ENV: 'production' },
);
const server = createServer(config, store, { codeSpellings: codeSpellings(loadKnowledge()) });
console.log(`LISTENING ${await server.listen()}`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
