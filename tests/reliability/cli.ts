import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'cli', 'main.js');
const SOURCE = join(ROOT, 'src', 'cli', 'main.ts');

/** Newest modification time (ms) of the files under `dirs`. */
function newest(...dirs: string[]): number {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

let chosen: string[] | undefined;

/**
 * How to start `lineage`: the build (what users run, and faster to start) when it is newer than the
 * sources and the extraction knowledge it reads, else the sources through tsx, so that a stale build never
 * tests old code.
 */
export function cliCommand(): string[] {
  chosen ??=
    existsSync(BUILT) &&
    statSync(BUILT).mtimeMs >= newest(join(ROOT, 'src'), join(ROOT, 'ingest'), join(ROOT, 'graph'))
      ? [BUILT]
      : ['--import', 'tsx', SOURCE];
  return chosen;
}

/** Starts `lineage ARGS` in the repository root with logs silenced unless `env` says otherwise. */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...cliCommand(), ...args], {
    cwd: ROOT,
    env: { ...process.env, LINEAGE_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and resolves when it exits (killing it after `timeoutMs`). */
export function finished(child: ChildProcess, timeoutMs = 180_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs `lineage ARGS` to the end. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs?: number,
): Promise<Finished> {
  return finished(spawnCli(args, env), timeoutMs);
}
