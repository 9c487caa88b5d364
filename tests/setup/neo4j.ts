import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { acquireIngestLock, type IngestLock } from '../../src/ingest/lock.js';
import type { Neo4jProvision } from './provision.js';
import './provision.js';

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** What the global setup provided; a run without it (another config) counts as skipped. */
export function neo4jProvision(): Neo4jProvision {
  return (
    inject('neo4j') ?? {
      status: 'skipped',
      reason: 'Neo4j tests skipped: the global setup (tests/setup/global.ts) did not run',
    }
  );
}

/** The Neo4j server of this test run, or null when the Neo4j tests skip. */
export function neo4jTestConfig(): Neo4jTestConfig | null {
  const provision = neo4jProvision();
  if (provision.status !== 'available') return null;
  const { uri, user, password, database } = provision;
  return database === undefined ? { uri, user, password } : { uri, user, password, database };
}

/** Why the Neo4j tests skip in this run, or null when a server is available. */
export function neo4jSkipReason(): string | null {
  const provision = neo4jProvision();
  return provision.status === 'skipped' ? provision.reason : null;
}

/** For use inside `describeNeo4j` hooks and tests, which only run when a server is available. */
export function requireNeo4jTestConfig(): Neo4jTestConfig {
  const config = neo4jTestConfig();
  if (!config) throw new Error(neo4jSkipReason() ?? 'no Neo4j available');
  return config;
}

/**
 * A suite that needs a real Neo4j: skipped (and reported as skipped) when none is available. The global
 * setup already printed the one line saying why, so nothing is repeated per file.
 */
export function describeNeo4j(name: string, body: () => void): void {
  describe.skipIf(neo4jTestConfig() === null)(name, () => {
    // Community Neo4j has one database, shared by every test file of the run: files that use it take turns,
    // while the rest of the suite runs in parallel. The lock is an OS-level lock, released even on a crash.
    let lock: IngestLock | undefined;
    beforeAll(async () => {
      const uri = requireNeo4jTestConfig().uri.replace(/[^A-Za-z0-9]+/g, '-');
      lock = await acquireIngestLock(join(tmpdir(), `lineage-test-neo4j-${uri}`), {
        waitMs: NEO4J_TURN_WAIT_MS,
      });
    }, NEO4J_TURN_WAIT_MS + 10_000);
    afterAll(() => lock?.release());
    body();
  });
}

/** How long a test file waits for its turn on the shared Neo4j. */
const NEO4J_TURN_WAIT_MS = 20 * 60_000;
