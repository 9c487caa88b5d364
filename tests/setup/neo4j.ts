import { describe, inject } from 'vitest';
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
  describe.skipIf(neo4jTestConfig() === null)(name, body);
}
