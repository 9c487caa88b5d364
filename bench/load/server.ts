import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { lineageEntry } from './lineage-entry.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** `lineage ARGS` as node arguments. */
export function lineageArgs(args: readonly string[]): string[] {
  return [...lineageEntry(), ...args];
}

/** Runs `lineage ARGS` to the end; rejects with its stderr when it fails. */
export function runLineage(args: readonly string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, lineageArgs(args), {
    cwd: ROOT,
    env: { ...process.env, LINEAGE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve, reject) =>
    child.once('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`lineage ${args.join(' ')}: exit ${code}\n${err}`)),
    ),
  );
}

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `lineage serve` on a free port in its own process (so the load generator does not share its CPU time). */
export function serveLineage(args: readonly string[], env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, lineageArgs([...args, 'serve', '--port', '0']), {
    cwd: ROOT,
    // Production mode: error masking and limits as deployed; logs at warn so that logging is not the bottleneck.
    env: { ...process.env, NODE_ENV: 'production', LINEAGE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`lineage serve exited (${code})`));
    child.once('exit', onExit);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const url = /API on (http:\/\/\S+)\/graphql/.exec(line)?.[1];
      if (!url) {
        process.stderr.write(`serve: ${line}\n`);
        return;
      }
      child.off('exit', onExit);
      resolve({
        url,
        child,
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
