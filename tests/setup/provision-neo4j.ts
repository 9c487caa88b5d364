import type { RunningNeo4j } from './local-neo4j.js';
import type { Neo4jProvision } from './provision.js';

export interface ProvisionInputs {
  /** NEO4J_* settings from the project config; a set `uri` means "use that server, start nothing". */
  configured: { uri?: string; user: string; password: string; database?: string };
  /** REQUIRE_NEO4J=1 (CI): failing to get a server fails the run instead of skipping. */
  required: boolean;
  hasCommand(name: 'java' | 'mvn'): boolean;
  launcherBuilt(): boolean;
  startLocal(): Promise<RunningNeo4j>;
}

export interface ProvisionedNeo4j {
  provision: Neo4jProvision;
  stop(): Promise<void>;
}

/** CI, or REQUIRE_NEO4J=1: no Neo4j fails the run instead of skipping the Neo4j tests. */
export function neo4jRequired(env: NodeJS.ProcessEnv): boolean {
  return env.REQUIRE_NEO4J === '1' || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false');
}

const nothingToStop = async (): Promise<void> => {};

/** Decides where the tests' Neo4j comes from: the configured server, a local launcher, or a skip reason. */
export async function provisionNeo4j(inputs: ProvisionInputs): Promise<ProvisionedNeo4j> {
  const { configured } = inputs;
  if (configured.uri) {
    return {
      provision: { status: 'available', source: 'env', ...configured, uri: configured.uri },
      stop: nothingToStop,
    };
  }

  const missing = missingTools(inputs);
  if (missing.length > 0) {
    return unavailable(inputs.required, `NEO4J_URI is unset and ${missing.join(' and ')} cannot be found`);
  }

  try {
    const started = await inputs.startLocal();
    return {
      provision: {
        status: 'available',
        source: 'local',
        uri: started.uri,
        // The launcher runs with auth disabled: any credentials are accepted.
        user: 'neo4j',
        password: '',
      },
      stop: started.stop,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return unavailable(inputs.required, `the local Neo4j launcher failed: ${message}`);
  }
}

function missingTools(inputs: ProvisionInputs): string[] {
  const missing: string[] = [];
  if (!inputs.hasCommand('java')) missing.push('Java 17+ (java)');
  // Maven is only needed to build the launcher once.
  if (!inputs.launcherBuilt() && !inputs.hasCommand('mvn')) missing.push('Maven (mvn)');
  return missing;
}

function unavailable(required: boolean, why: string): ProvisionedNeo4j {
  if (required) {
    throw new Error(`Neo4j is required (CI or REQUIRE_NEO4J=1) but none is available: ${why}`);
  }
  return {
    provision: {
      status: 'skipped',
      reason: `Neo4j tests skipped: ${why}. Install Java 17 and Maven, or set NEO4J_URI (see docs/neo4j.md).`,
    },
    stop: nothingToStop,
  };
}
