import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'lineage-serve-'));
let child: ChildProcess | undefined;
afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolve with the first match of `pattern` in the child's stderr. */
function waitFor(proc: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms; stderr: ${seen}`)),
      timeoutMs,
    );
    proc.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    proc.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}; stderr: ${seen}`)));
  });
}

describe('lineage serve', () => {
  it('refuses a missing store with a hint instead of serving an empty one (issue 12)', async () => {
    const missing = join(dataDir, 'typo');
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--data-dir', missing, 'serve'],
      {
        cwd: ROOT,
        env: { ...process.env, LINEAGE_LOG_LEVEL: 'warn', NODE_ENV: 'test' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/No store at .*lineage ingest/);
  });

  it('listens, reports health, answers GraphQL and stops cleanly on SIGTERM', async () => {
    // Readers never create a store: make an empty one as `lineage ingest` would.
    const store = new EmbeddedStore(dataDir);
    await store.init();
    await store.close();
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        '--store',
        'embedded',
        '--data-dir',
        dataDir,
        'serve',
        '--port',
        '0',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, LINEAGE_LOG_LEVEL: 'warn', NODE_ENV: 'test' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const [, url] = await waitFor(child, /API on (http:\/\/[^\s/]+)\/graphql/, 60_000);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const reply = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(await reply.json()).toEqual({ data: { stats: { documents: 0 } } });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
