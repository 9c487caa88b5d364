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
  /** The task the worker said it started and has not finished. */
  running?: number;
  /** Fires when the running file passes its time budget. */
  timer?: NodeJS.Timeout;
  /** Why the worker was stopped over one file, when it was: that file fails with this reason. */
  stopped?: { id: number; reason: string; message: string };
}

/** What one file may cost in a worker; exceeding either stops the worker and fails that file alone. */
export interface WorkerBudget {
  /** Wall clock from the moment the worker starts the file, in milliseconds. */
  fileTimeoutMs: number;
  /** V8 old-generation heap of each worker, in megabytes. */
  heapMb: number;
}

/** Same extension as this module: `.ts` under tsx and vitest, `.js` in the build. */
const WORKER_URL = new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
/** Replacement workers allowed per worker over a run, so a file that kills its worker cannot loop forever. */
const RESTARTS_PER_WORKER = 3;

/**
 * Start the worker. Run from sources (tsx, vitest) it is TypeScript, which a worker thread cannot load until
 * tsx's loader is registered in it (workers do not inherit the parent's module hooks).
 */
function startWorker(spec: ExtractorWorkerSpec, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!WORKER_URL.pathname.endsWith('.ts'))
    return new Worker(WORKER_URL, { workerData: spec, resourceLimits });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData: spec, resourceLimits });
}

/**
 * Worker threads that read and extract files while the main thread writes to the store. Each task goes to the
 * least busy worker; a worker that dies, or that the pool stops because its file ran past the time budget or
 * its heap filled up, fails only the file it was running (the others it held are sent again) and is replaced.
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
    private readonly budget: WorkerBudget,
  ) {
    this.restarts = count * RESTARTS_PER_WORKER;
  }

  /** Start `count` workers; undefined when they cannot start here (the caller then extracts in-process). */
  static async start(
    spec: ExtractorWorkerSpec,
    count: number,
    budget: WorkerBudget,
  ): Promise<PreparePool | undefined> {
    const pool = new PreparePool(spec, count, budget);
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
    for (const slot of slots) clearTimeout(slot.timer);
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
    const worker = startWorker(this.spec, this.budget.heapMb);
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
          case 'started':
            clearTimeout(slot.timer);
            slot.running = message.id;
            slot.timer = setTimeout(() => this.stopOverTime(slot), this.budget.fileTimeoutMs);
            break;
          case 'done': {
            clearTimeout(slot.timer);
            slot.running = undefined;
            const task = slot.inFlight.get(message.id);
            slot.inFlight.delete(message.id);
            task?.resolve(message.result);
            break;
          }
          default:
            assertNever(message);
        }
      });
      worker.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && slot.running !== undefined) {
          slot.stopped ??= {
            id: slot.running,
            reason: 'out-of-memory',
            message: `reading and extracting it needed more than the ${this.budget.heapMb} MB of heap one file may use (--worker-memory)`,
          };
        }
        fail(error.message);
      });
      worker.on('exit', (code) => fail(`exited with code ${code}`));
    });
  }

  /** The running file passed its time budget: stop the thread (synchronous code cannot be interrupted otherwise). */
  private stopOverTime(slot: Slot): void {
    if (slot.running === undefined) return;
    slot.stopped ??= {
      id: slot.running,
      reason: 'timeout',
      message: `reading and extracting it took longer than the ${seconds(this.budget.fileTimeoutMs)} one file may take (--file-timeout)`,
    };
    void slot.worker.terminate();
  }

  /**
   * Forget a dead worker. A worker runs one file at a time, in the order sent, so the file it was stopped over,
   * else the oldest it held, is the one that stopped it: that file fails; the others go to the remaining or
   * replacement workers.
   */
  private drop(slot: Slot, reason: string): void {
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    // Stopped by the pool: the file it named (if it finished meanwhile, no file is to blame). Else the oldest.
    const blamed = slot.stopped ? slot.inFlight.get(slot.stopped.id) : slot.inFlight.values().next().value;
    if (blamed) slot.inFlight.delete(blamed.id);
    const queued = [...slot.inFlight.values()];
    slot.inFlight.clear();
    if (blamed) {
      const { path, source } = blamed.file;
      const outcome = slot.stopped
        ? failedOutcome(path, source, 'extract', slot.stopped.reason, `${path}: ${slot.stopped.message}`)
        : failedOutcome(
            path,
            source,
            'extract',
            'worker-crashed',
            `${path}: the extraction worker stopped (${reason})`,
          );
      blamed.resolve(outcome);
    }
    // A worker stopped over one file is always replaced (each replacement follows a different file, so this
    // cannot loop); one that died with no file to blame draws on the limited restarts.
    const overFile = blamed !== undefined || slot.stopped !== undefined;
    if (index >= 0 && (overFile || this.restarts > 0)) {
      if (!overFile) this.restarts--;
      void this.spawn();
    }
    for (const task of queued) this.dispatch(task);
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}
