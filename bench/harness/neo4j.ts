/**
 * A local Neo4j for the benchmark, started through the same launcher the tests use (neo4j-local/): built
 * if needed, Bolt on a free port, data in a directory we can measure, stopped when the benchmark ends.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { NotRun } from './result.js';

export interface LocalNeo4j {
  uri: string;
  home: string;
  /** The JVM's process id (launch.sh execs java), e.g. to read its CPU time. */
  pid: number | undefined;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;

export async function startNeo4j(home: string, heap = '1g', pageCache = '512m'): Promise<LocalNeo4j> {
  if (!existsSync('neo4j-local/launch.sh'))
    throw new NotRun('the local Neo4j launcher (neo4j-local/) is not there');
  try {
    execFileSync('bash', ['neo4j-local/build.sh'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new NotRun(
      `the local Neo4j launcher could not be built: ${(error as { stderr?: Buffer }).stderr?.toString().trim() || String(error)}`,
    );
  }
  const child: ChildProcess = spawn(
    'bash',
    [
      'neo4j-local/launch.sh',
      '--port',
      'free',
      '--data-dir',
      home,
      '--page-cache',
      pageCache,
      '--stdin-watch',
      'on',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_LOCAL_HEAP: heap } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new NotRun(`Neo4j did not start within ${START_TIMEOUT_MS / 1000} s: ${stderr.trim()}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        resolve(line.slice('NEO4J_READY '.length).trim());
      } else if (line.startsWith('NEO4J_FAILED')) {
        clearTimeout(timer);
        reject(new NotRun(`Neo4j failed to start: ${line}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new NotRun(`Neo4j exited with code ${code} before it was ready: ${stderr.trim()}`));
    });
  });
  return {
    uri,
    home,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Empty the database between load runs in chunks (one huge DETACH DELETE would need a heap the size of
 * the graph). Uses the driver directly: this is benchmark housekeeping, not a store operation.
 */
export async function clearNeo4j(uri: string): Promise<void> {
  const neo4j = (await import('neo4j-driver')).default;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    const session = driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) in clock ticks; 100 per second on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
