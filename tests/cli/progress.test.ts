import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import type { IngestEvent } from '../../src/ingest/pipeline.js';

/** A stream that records what is written to it, posing as a terminal or not. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  Object.assign(stream, { isTTY, columns: 100 });
  return { stream, written: () => text };
}

const events: IngestEvent[] = [
  { type: 'planned', total: 2, skipped: [] },
  {
    type: 'file',
    done: 1,
    total: 2,
    outcome: {
      status: 'failed',
      file: 'a.md',
      source: 'a.md',
      stage: 'read',
      reason: 'empty',
      message: 'a.md: empty',
    },
  },
  {
    type: 'file',
    done: 2,
    total: 2,
    outcome: {
      status: 'failed',
      file: 'b.md',
      source: 'b.md',
      stage: 'read',
      reason: 'empty',
      message: 'b.md: empty',
    },
  },
];

describe('createProgress', () => {
  it('draws a bar on a terminal', async () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, true);
    for (const event of events) progress(event);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toContain('ingest [');
    expect(written()).toMatch(/\d\/2 files/);
  });

  it.each([
    ['stderr is not a terminal', false, true],
    ['progress is turned off (--json, --no-progress)', true, false],
  ])('stays quiet when %s', async (_reason, isTTY, enabled) => {
    const { stream, written } = fakeStream(isTTY);
    const progress = createProgress(stream, enabled);
    for (const event of events) progress(event);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('');
  });
});
