import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import { ingestCommand } from '../../src/cli/commands/ingest.js';
import { startCommand } from '../../src/cli/commands/start.js';
import { statsCommand } from '../../src/cli/commands/stats.js';
import { createProgram, runProgram } from '../../src/cli/program.js';
import { ROOT, runCli } from './run-cli.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Parse arguments with the real program in this process (fast), capturing what it prints. */
async function parse(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const program = createProgram([ingestCommand(), exportCommand(), statsCommand(), startCommand()], {
    writeOut: (text) => {
      out += text;
    },
    writeErr: (text) => {
      err += text;
    },
  });
  const code = await runProgram(program, ['node', 'lineage', ...args]);
  return { code, out, err };
}

describe('the lineage entry point (spawned)', () => {
  it('prints help listing the commands and global options', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['ingest', 'export', 'stats', 'start', '--store', '--data-dir', '--version']) {
      expect(result.stdout).toContain(word);
    }
  });

  it('prints the package version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('lineage help and usage errors', () => {
  it.each([
    [
      'ingest',
      [
        '--lang',
        '--json',
        '--max-file-size',
        '--max-text-size',
        '--lock-timeout',
        '--workers',
        '--file-timeout',
        '--worker-memory',
        '--max-pdf-pages',
        '--max-pdf-inflated',
        '--max-evidence',
        '--max-mentions',
        'Exit status',
      ],
    ],
    ['export', ['--format', '--out']],
    ['stats', ['--json']],
    ['start', ['--corpus', '--no-serve', '--port']],
  ])('has help for %s', async (command, words) => {
    const result = await parse([command, '--help']);
    expect(result.code).toBe(0);
    for (const word of words) expect(result.out).toContain(word);
  });

  it.each([
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['stats', '--nope'], /unknown option '--nope'/],
    ['a missing argument', ['ingest'], /missing required argument 'paths'/],
    ['an invalid choice', ['ingest', '--lang', 'de', 'x.md'], /Allowed choices are fr, en, es/],
    ['an invalid number', ['ingest', '--batch-size', '0', 'x.md'], /at least 1/],
    ['an unknown store', ['--store', 'mysql', 'stats'], /Allowed choices are embedded, neo4j/],
    ['an unknown export format', ['export', '--format', 'xml'], /Allowed choices are json/],
  ])('exits 2 on %s', async (_what, args, message) => {
    const result = await parse(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
