import { describe, expect, it } from 'vitest';
import type { RunningNeo4j } from './local-neo4j.js';
import { type ProvisionInputs, provisionNeo4j } from './provision-neo4j.js';

const unconfigured = { user: 'neo4j', password: '' };

function inputs(overrides: Partial<ProvisionInputs> & { started?: string[] } = {}): ProvisionInputs {
  const started = overrides.started ?? [];
  return {
    configured: unconfigured,
    required: false,
    hasCommand: () => true,
    launcherBuilt: () => false,
    startLocal: async (): Promise<RunningNeo4j> => {
      started.push('local');
      return { uri: 'bolt://127.0.0.1:40001', stop: async () => {} };
    },
    ...overrides,
  };
}

const failingStart = async (): Promise<RunningNeo4j> => {
  throw new Error('Bolt port is not accepting connections');
};

describe('provisionNeo4j', () => {
  it('uses NEO4J_URI as configured and starts nothing', async () => {
    const started: string[] = [];
    const { provision } = await provisionNeo4j(
      inputs({
        started,
        configured: {
          uri: 'neo4j+s://example.databases.neo4j.io',
          user: 'u',
          password: 'p',
          database: 'lineage',
        },
      }),
    );
    expect(provision).toEqual({
      status: 'available',
      source: 'env',
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'lineage',
    });
    expect(started).toEqual([]);
  });

  it('starts the local launcher when NEO4J_URI is unset and Java and Maven exist', async () => {
    const started: string[] = [];
    const { provision } = await provisionNeo4j(inputs({ started }));
    expect(provision).toEqual({
      status: 'available',
      source: 'local',
      uri: 'bolt://127.0.0.1:40001',
      user: 'neo4j',
      password: '',
    });
    expect(started).toEqual(['local']);
  });

  it('does not need Maven once the launcher is built', async () => {
    const { provision } = await provisionNeo4j(
      inputs({ hasCommand: (name) => name === 'java', launcherBuilt: () => true }),
    );
    expect(provision.status).toBe('available');
  });

  it.each([
    { why: 'no Java', hasCommand: (name: string) => name !== 'java', missing: 'Java 17+ (java)' },
    {
      why: 'no Maven, launcher not built',
      hasCommand: (name: string) => name !== 'mvn',
      missing: 'Maven (mvn)',
    },
    { why: 'neither', hasCommand: () => false, missing: 'Java 17+ (java) and Maven (mvn)' },
  ])('skips with one reason naming what is missing ($why)', async ({ hasCommand, missing }) => {
    const started: string[] = [];
    const { provision } = await provisionNeo4j(inputs({ started, hasCommand }));
    expect(provision.status).toBe('skipped');
    if (provision.status !== 'skipped') return;
    expect(provision.reason).toContain(`${missing} cannot be found`);
    expect(provision.reason).toContain('NEO4J_URI');
    expect(provision.reason).not.toContain('\n');
    expect(started).toEqual([]);
  });

  it('skips with the launcher error when the server fails to start', async () => {
    const { provision } = await provisionNeo4j(inputs({ startLocal: failingStart }));
    expect(provision).toMatchObject({ status: 'skipped' });
    expect(provision.status === 'skipped' && provision.reason).toContain(
      'Bolt port is not accepting connections',
    );
  });

  it.each([
    { why: 'tools missing', overrides: { hasCommand: () => false } },
    { why: 'start failed', overrides: { startLocal: failingStart } },
  ])('fails instead of skipping when REQUIRE_NEO4J=1 ($why)', async ({ overrides }) => {
    await expect(provisionNeo4j(inputs({ ...overrides, required: true }))).rejects.toThrow(
      /^Neo4j is required \(CI or REQUIRE_NEO4J=1\) but none is available/,
    );
  });

  it('hands back the local server stop function for teardown', async () => {
    const stopped: string[] = [];
    const { stop } = await provisionNeo4j(
      inputs({
        startLocal: async () => ({ uri: 'bolt://127.0.0.1:1', stop: async () => void stopped.push('x') }),
      }),
    );
    await stop();
    expect(stopped).toEqual(['x']);
  });
});
