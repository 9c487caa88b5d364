import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryCommand } from '../../src/cli/commands/query.js';
import { createProgram, runProgram } from '../../src/cli/program.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { EC3, fixtureDocument, fixtureEdges, fixtureNodes } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'lineage-query-cli-'));

beforeAll(async () => {
  const store = new EmbeddedStore(dir);
  await store.init();
  const [outcome] = await store.writeDocuments([
    { document: fixtureDocument, nodes: fixtureNodes, edges: fixtureEdges, warnings: [] },
  ]);
  expect(outcome?.status).toBe('written');
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Run `lineage --data-dir <dir> query ...args` in-process; returns exit status and stdout. */
async function lineageQuery(...args: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const status = await runProgram(createProgram([queryCommand()]), [
    'node',
    'lineage',
    '--store',
    'embedded',
    '--data-dir',
    dir,
    'query',
    ...args,
  ]);
  vi.restoreAllMocks();
  return { status, stdout };
}

describe('lineage query', () => {
  it('runs an operation with variables against the store and prints JSON', async () => {
    const { status, stdout } = await lineageQuery(
      'query($n: String!) { body(name: $n) { id } }',
      '--variables',
      '{"n":"EC3"}',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ data: { body: { id: EC3 } } });
  });

  it('reads the document from a file given as @path', async () => {
    const file = join(dir, 'stats.graphql');
    writeFileSync(file, '{ stats { documents } }');
    const { status, stdout } = await lineageQuery(`@${file}`);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ data: { stats: { documents: 1 } } });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect((await lineageQuery(`@${join(dir, 'missing.graphql')}`)).status).toBe(1);
  });

  it('prints coded errors and exits with status 1', async () => {
    const { status, stdout } = await lineageQuery('{ resolution(code: "AG-1900-RES-01") { id } }');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses variables that are not a JSON object as a usage error', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { status } = await lineageQuery('{ stats { nodes } }', '--variables', '[1,2]');
    expect(status).toBe(2);
  });
});
