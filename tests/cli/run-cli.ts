import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'corpus');
export const BAD_INPUT = join(ROOT, 'tests', 'fixtures', 'bad-input');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Called with each chunk written to stderr, as it comes. */
  onStderr?: (chunk: string) => void;
}

/** Run `lineage ARGS` from source (through tsx, so no build is needed) in the repository root. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LINEAGE_LOG_LEVEL: 'silent', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(chunk.toString());
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh embedded data directory, and the global options that select it. */
export function freshStore(): { dataDir: string; store: string[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'lineage-cli-'));
  return { dataDir, store: ['--store', 'embedded', '--data-dir', dataDir] };
}
