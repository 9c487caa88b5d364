import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The Maven project and scripts of the embedded Neo4j launcher. */
export const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j-local');

const READY_PREFIX = 'NEO4J_READY ';
const FAILED_PREFIX = 'NEO4J_FAILED ';
const LINES_KEPT = 40;

export interface LocalNeo4jOptions {
  /** A cold build downloads ~125 MB from Maven Central: allow minutes. */
  buildTimeoutMs: number;
  /** From JVM start to Bolt accepting connections; slow on a loaded 2-core machine. */
  startTimeoutMs: number;
  /** How long a clean shutdown may take before the process is killed. */
  stopTimeoutMs: number;
  /** Where build progress and failures are reported. */
  log: (line: string) => void;
}

/** True when the launcher's classes and dependency jars are in place (Maven no longer needed). */
export function launcherBuilt(): boolean {
  const jars = path.join(LAUNCHER_DIR, 'target', 'dependency');
  return existsSync(jars) && readdirSync(jars).some((name) => /^neo4j-5[\d.]+\.jar$/.test(name));
}

export interface RunningNeo4j {
  uri: string;
  stop(): Promise<void>;
}

/** Builds the launcher if needed (neo4j-local/build.sh; needs Maven only when not built yet). */
export async function buildLauncher(
  options: Pick<LocalNeo4jOptions, 'buildTimeoutMs' | 'log'>,
): Promise<void> {
  // Its own process group, so that a timeout can stop Maven too, not just the script.
  const child = spawn('bash', [path.join(LAUNCHER_DIR, 'build.sh')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Maven reports errors on stdout, build.sh its progress on stderr: show both as they come.
  const output: string[] = [];
  collectLines(child.stdout!, output, options.log);
  collectLines(child.stderr!, output, options.log);
  const exit = await waitForExit(child, options.buildTimeoutMs);
  if (exit === 'timeout') {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    throw new Error(`neo4j-local build did not finish within ${options.buildTimeoutMs / 1000} s`);
  }
  if (exit !== 0) {
    throw new Error(`neo4j-local build failed (exit ${exit}):\n${output.join('\n')}`);
  }
}

/**
 * Starts the launcher on a free port with a temporary data directory and resolves once it prints its ready
 * line. Its stdin stays open as a lifeline: if this process dies, the server sees EOF and stops itself.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  await buildLauncher(options);
  const child = spawn(
    'bash',
    [path.join(LAUNCHER_DIR, 'launch.sh'), '--port', 'free', '--stdin-watch', 'on'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_LOCAL_JAVA_OPTS: javaOptions(process.env.NEO4J_LOCAL_JAVA_OPTS) },
    },
  );
  const stderr: string[] = [];
  collectLines(child.stderr!, stderr, () => {});
  const uri = await waitForReadyLine(child, options.startTimeoutMs).catch(async (error: Error) => {
    await stopChild(child, options.stopTimeoutMs);
    throw new Error(`${error.message}\n${stderr.join('\n')}`.trim());
  });
  return { uri, stop: () => stopChild(child, options.stopTimeoutMs) };
}

/**
 * Test servers are short-lived and small: the C1 compiler alone starts Neo4j about a third faster on a busy
 * 2-core machine (measured in docs/neo4j.md), at a cost in peak speed that tests never reach.
 */
function javaOptions(extra: string | undefined): string {
  return ['-XX:TieredStopAtLevel=1', extra ?? ''].join(' ').trim();
}

function waitForReadyLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => settle(new Error(`Neo4j did not report ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(new Error(`Neo4j launcher exited before it was ready (${signal ?? `exit ${code}`})`));
    function settle(result: string | Error): void {
      clearTimeout(timer);
      child.off('exit', onExit);
      // Keep draining stdout so the launcher never blocks on a full pipe.
      lines.removeAllListeners('line');
      if (typeof result === 'string') resolve(result);
      else reject(result);
    }
    lines.on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) settle(line.slice(READY_PREFIX.length).trim());
      else if (line.startsWith(FAILED_PREFIX))
        settle(new Error(`Neo4j failed to start: ${line.slice(FAILED_PREFIX.length)}`));
    });
    child.once('exit', onExit);
  });
}

/** SIGTERM (the launcher's shutdown hook checkpoints and stops), then SIGKILL if it takes too long. */
async function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = waitForExit(child, timeoutMs);
  child.kill('SIGTERM');
  child.stdin?.end();
  if ((await exited) === 'timeout') {
    child.kill('SIGKILL');
    await waitForExit(child, timeoutMs);
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | 'timeout'> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(128);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 128);
    });
  });
}

/** Keeps the last lines of a stream in `kept` (for error messages) and hands each to `onLine`. */
function collectLines(stream: Readable, kept: string[], onLine: (line: string) => void): void {
  createInterface({ input: stream }).on('line', (line) => {
    kept.push(line);
    if (kept.length > LINES_KEPT) kept.shift();
    onLine(line);
  });
}
