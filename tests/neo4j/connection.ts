import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/graph/neo4j/index.js';
import { acquireIngestLock, type IngestLock } from '../../src/ingest/index.js';
import { requireNeo4jTestConfig } from '../setup/neo4j.js';

/** How long a test file waits for another one to finish with the shared test database. */
const LOCK_WAIT_MS = 20 * 60_000;

/**
 * Test files that clear the shared test database take turns: one OS-level lock per server (the same
 * kernel-released lock the ingest command uses), held from the file's first hook to its last.
 * Call once at the top level of every test file that writes through a Neo4jStore.
 */
export function holdNeo4jTestDatabase(): void {
  let lock: IngestLock | undefined;
  beforeAll(async () => {
    const { uri, database } = requireNeo4jTestConfig();
    const key = createHash('sha256')
      .update(`${uri}/${database ?? ''}`)
      .digest('hex')
      .slice(0, 16);
    lock = await acquireIngestLock(join(tmpdir(), `lineage-neo4j-tests-${key}`), { waitMs: LOCK_WAIT_MS });
  }, LOCK_WAIT_MS + 10_000);
  afterAll(() => lock?.release());
}

/** A store on the test server (schema applied, not cleared). */
export async function openTestNeo4jStore(options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
  const store = new Neo4jStore(requireNeo4jTestConfig(), options);
  await store.init();
  return store;
}

/** An initialised store on an emptied test database. */
export async function freshNeo4jStore(options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
  const store = await openTestNeo4jStore(options);
  await store.clear();
  return store;
}
