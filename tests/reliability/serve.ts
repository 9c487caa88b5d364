import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { spawnCli } from './cli.js';

export interface ServedApi {
  child: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

/** Starts `lineage serve --port 0 ARGS` and resolves once it prints where it listens. */
export function serveCli(args: readonly string[], env: Record<string, string> = {}): Promise<ServedApi> {
  const child = spawnCli([...args, 'serve', '--port', '0'], env);
  child.stdout?.resume();
  let log = '';
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`lineage serve exited (${code}):\n${log}`));
    child.once('exit', onExit);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      log += `${line}\n`;
      const url = /API on (http:\/\/\S+)\/graphql/.exec(line)?.[1];
      if (!url) return;
      child.off('exit', onExit);
      resolve({
        child,
        url,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** Resident set size of a live process, and its peak so far, in MB (Linux /proc). */
export function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Samples a process's peak RSS every 20 ms until it exits; resolves to the highest value seen (MB). */
export function watchPeakRss(child: ChildProcess): Promise<number> {
  let peak = 0;
  const sample = () => {
    try {
      // A process that has just exited (a zombie) has no memory lines: NaN, ignored.
      const now = rssMb(child.pid!).peak;
      if (Number.isFinite(now)) peak = Math.max(peak, now);
    } catch {
      // The process is gone between two samples: keep the last value.
    }
  };
  const timer = setInterval(sample, 20);
  sample();
  return new Promise((resolve) => {
    child.once('exit', () => {
      clearInterval(timer);
      resolve(peak);
    });
  });
}
