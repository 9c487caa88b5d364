/**
 * Worker thread entry: builds the extractor named by `workerData` (an ExtractorWorkerSpec), then reads and
 * extracts the files the main thread sends, answering each with its result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Extractor, ExtractorWorkerSpec } from '../extractor.js';
import { prepareFile } from '../prepare.js';
import type { PrepareTask, WorkerMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');
const post = (message: WorkerMessage) => port.postMessage(message);

const spec = workerData as ExtractorWorkerSpec;
let extractor: Extractor;
try {
  const factory = (await import(spec.module))[spec.exportName] as (...args: unknown[]) => Extractor;
  extractor = factory(...spec.args);
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}

// One file at a time, in the order received: if a file kills the thread, the pool knows which one it was.
let queue = Promise.resolve();
port.on('message', (task: PrepareTask) => {
  queue = queue.then(async () => {
    post({ type: 'started', id: task.id });
    post({ type: 'done', id: task.id, result: await prepareFile(task.file, extractor, task.options) });
  });
});
