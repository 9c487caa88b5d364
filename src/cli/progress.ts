import { SingleBar } from 'cli-progress';
import type { IngestEvent } from '../ingest/index.js';
import { printable } from './printable.js';

/**
 * A progress bar on stderr while ingesting, only when stderr is a terminal: piped or logged
 * output stays free of control sequences.
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): (event: IngestEvent) => void {
  if (!enabled || !stream.isTTY) return () => {};
  const bar = new SingleBar({
    stream,
    format: 'ingest [{bar}] {value}/{total} files | {file}',
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  return (event) => {
    if (event.type === 'planned') {
      if (event.total > 0) bar.start(event.total, 0, { file: '' });
      return;
    }
    bar.update(event.done, { file: printable(event.outcome.source) });
    if (event.done === event.total) bar.stop();
  };
}
