import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { assertNever } from '../../src/errors.js';
import { launcherBuilt, startLocalNeo4j } from './local-neo4j.js';
import { neo4jRequired, type ProvisionedNeo4j, provisionNeo4j } from './provision-neo4j.js';
import './provision.js';

const MINUTE = 60_000;

/**
 * Global test setup: provides one Neo4j per `vitest run` to the test files (`inject('neo4j')`, see
 * tests/setup/neo4j.ts). NEO4J_URI selects an existing server; otherwise the local launcher
 * (neo4j-local/) is built and started when Java and Maven are present. Without them the Neo4j tests skip
 * with one line saying why, unless CI or REQUIRE_NEO4J=1 is set, which turns that into a failed run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Several tiers (vitest projects) need Neo4j: the first starts it, the others share it, the last stops it.
  shared.users += 1;
  shared.started ??= provide();
  const { provision, stop } = await shared.started;
  project.provide('neo4j', provision);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) await stop();
  };
}

const shared = globalThis as typeof globalThis & { users: number; started?: Promise<ProvisionedNeo4j> };
shared.users ??= 0;

async function provide(): Promise<ProvisionedNeo4j> {
  const { provision, stop } = await provisionNeo4j({
    configured: loadConfig().neo4j,
    // A test-gate switch, not application config, so it is read here rather than in src/config.ts.
    required: neo4jRequired(process.env),
    hasCommand,
    launcherBuilt,
    startLocal: () =>
      startLocalNeo4j({
        buildTimeoutMs: 20 * MINUTE,
        startTimeoutMs: 5 * MINUTE,
        stopTimeoutMs: MINUTE,
        log: (line) => console.error(line),
      }),
  });
  switch (provision.status) {
    case 'available':
      console.error(
        `Neo4j for tests: ${provision.uri} (${provision.source === 'env' ? 'NEO4J_URI' : 'local launcher'})`,
      );
      break;
    case 'skipped':
      console.warn(provision.reason);
      break;
    default:
      assertNever(provision);
  }
  return { provision, stop };
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { stdio: 'ignore' }).status === 0;
}
