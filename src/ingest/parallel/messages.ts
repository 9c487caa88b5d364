import type { FileOutcome } from '../outcome.js';
import type { PreparedFile, PrepareOptions } from '../prepare.js';
import type { SourceFile } from '../walk.js';

/** Main thread → worker: read and extract one file. */
export interface PrepareTask {
  id: number;
  file: SourceFile;
  options: PrepareOptions;
}

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'start-failed'; message: string }
  /** The worker began this task: its time budget runs from here. */
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; result: PreparedFile | FileOutcome };
