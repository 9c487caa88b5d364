import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assertNever } from '../../errors.js';
import type { ExtractorWorkerSpec } from '../extractor.js';
import { failedOutcome } from '../failed.js';
import type { FileOutcome } from '../outcome.js';
import type { PreparedFile, PrepareOptions } from '../prepare.js';
import type { SourceFile } from '../walk.js';
import type { PrepareTask, WorkerMessage } from './messages.js';

type Result = PreparedFile | FileOutcome;

interface Task extends PrepareTask {
  resolve(result: Result): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Task>;
}

/** Same extension as this module: `.ts` under tsx and vitest, `.js` in the build. */
const WORKER_URL = new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
/** Replacement workers allowed per worker over a run, so a file that kills its worker cannot loop forever. */
const RESTARTS_PER_WORKER = 3;

/**
 * Start the worker. Run from sources (tsx, vitest) it is TypeScript, which a worker thread cannot load until
 * tsx's loader is registered in it (workers do not inherit the parent's module hooks).
 */
function startWorker(spec: ExtractorWorkerSpec): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData: spec });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData: spec });
}

/**
 * Worker threads that read and extract files while the main thread writes to the store. Each task goes to the
 * least busy worker; a worker that dies fails only the files it held (and is replaced).
 */
export class PreparePool {
  private readonly slots: Slot[] = [];
  /** Tasks that arrived while every worker was being replaced. */
  private readonly waiting: Task[] = [];
  private starting = 0;
  private nextId = 0;
  private restarts: number;

  private constructor(
    private readonly spec: ExtractorWorkerSpec,
    count: number,
  ) {
    this.restarts = count * RESTARTS_PER_WORKER;
  }

  /** Start `count` workers; undefined when they cannot start here (the caller then extracts in-process). */
  static async start(spec: ExtractorWorkerSpec, count: number): Promise<PreparePool | undefined> {
    const pool = new PreparePool(spec, count);
    const started = await Promise.all(Array.from({ length: count }, () => pool.spawn()));
    if (started.every(Boolean)) return pool;
    await pool.close();
    return undefined;
  }

  prepare(file: SourceFile, options: PrepareOptions): Promise<Result> {
    return new Promise((resolve) => this.dispatch({ id: this.nextId++, file, options, resolve }));
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Send a task to the least busy worker, or hold it while a replacement starts. */
  private dispatch(task: Task): void {
    const slot = this.slots.reduce<Slot | undefined>(
      (best, s) => (!best || s.inFlight.size < best.inFlight.size ? s : best),
      undefined,
    );
    if (slot) {
      slot.inFlight.set(task.id, task);
      slot.worker.postMessage({ id: task.id, file: task.file, options: task.options } satisfies PrepareTask);
    } else if (this.starting > 0) {
      this.waiting.push(task);
    } else {
      const message = `${task.file.path}: no extraction worker is running (they stopped repeatedly)`;
      task.resolve(failedOutcome(task.file.path, task.file.source, 'extract', 'worker-crashed', message));
    }
  }

  /** Start one worker and wait until its extractor is built; false if it could not start. */
  private spawn(): Promise<boolean> {
    const worker = startWorker(this.spec);
    worker.unref();
    const slot: Slot = { worker, inFlight: new Map() };
    this.starting++;
    return new Promise((ready) => {
      let settled = false;
      const settle = (ok: boolean) => {
        if (settled) return;
        settled = true;
        this.starting--;
        ready(ok);
      };
      const fail = (reason: string) => {
        settle(false);
        this.drop(slot, reason);
        // Held tasks fail now if no worker is left or starting.
        for (const task of this.waiting.splice(0)) this.dispatch(task);
      };
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'ready':
            this.slots.push(slot);
            settle(true);
            for (const task of this.waiting.splice(0)) this.dispatch(task);
            break;
          case 'start-failed':
            fail(message.message);
            break;
          case 'done': {
            const task = slot.inFlight.get(message.id);
            slot.inFlight.delete(message.id);
            task?.resolve(message.result);
            break;
          }
          default:
            assertNever(message);
        }
      });
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => fail(`exited with code ${code}`));
    });
  }

  /**
   * Forget a dead worker. A worker runs one file at a time, in the order sent, so the oldest file it held is
   * the one that stopped it: that file fails; the others go to the remaining or replacement workers.
   */
  private drop(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const [running, ...queued] = slot.inFlight.values();
    slot.inFlight.clear();
    if (running) {
      const message = `${running.file.path}: the extraction worker stopped (${reason})`;
      running.resolve(
        failedOutcome(running.file.path, running.file.source, 'extract', 'worker-crashed', message),
      );
    }
    if (index >= 0 && this.restarts > 0) {
      this.restarts--;
      void this.spawn();
    }
    for (const task of queued) this.dispatch(task);
  }
}
