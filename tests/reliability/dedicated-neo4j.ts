import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { LAUNCHER_DIR, launcherBuilt } from '../setup/local-neo4j.js';

/**
 * A Neo4j of the local launcher owned by one test file, so that it can be stopped and started again on the
 * same port and data directory without disturbing the run's shared server.
 */
export interface DedicatedNeo4j {
  uri: string;
  port: number;
  /** Stops the server (SIGTERM: checkpoint and exit; SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

/** Why a dedicated launcher cannot start on this machine, or null when it can. */
export function dedicatedNeo4jUnavailable(): string | null {
  const java = spawnSync('sh', ['-c', 'command -v java'], { stdio: 'ignore' }).status === 0;
  if (!java) return 'Neo4j outage tests skipped: Java is not installed';
  if (!launcherBuilt()) return 'Neo4j outage tests skipped: neo4j-local is not built (neo4j-local/build.sh)';
  return null;
}

/** Starts the launcher on `port` ('free' picks one) with its data in `dataDir` (kept between starts). */
export function startDedicatedNeo4j(
  port: number | 'free',
  dataDir: string,
  timeoutMs = 240_000,
): Promise<DedicatedNeo4j> {
  const child = spawn(
    'bash',
    [
      `${LAUNCHER_DIR}/launch.sh`,
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--page-cache',
      '32m',
      '--stdin-watch',
      'on',
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_LOCAL_HEAP: '384m', NEO4J_LOCAL_JAVA_OPTS: '-XX:TieredStopAtLevel=1' },
    },
  );
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    errors.push(line);
    if (errors.length > 30) errors.shift();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not report ready within ${timeoutMs / 1000} s`), timeoutMs);
    const onExit = (code: number | null) => fail(`exited before it was ready (exit ${code})`);
    function fail(why: string): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`dedicated Neo4j ${why}\n${errors.join('\n')}`));
    }
    child.once('exit', onExit);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('NEO4J_FAILED ')) fail(line);
      if (!line.startsWith('NEO4J_READY ')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      const uri = line.slice('NEO4J_READY '.length).trim();
      resolve({
        uri,
        port: Number(new URL(uri.replace(/^bolt:/, 'http:')).port),
        stop: (t) => stop(child, t),
      });
    });
  });
}

async function stop(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
