import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { lineageEntry } from '../../bench/load/lineage-entry.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Starts `lineage ARGS` in the repository root with logs silenced unless `env` says otherwise. */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...lineageEntry(), ...args], {
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
