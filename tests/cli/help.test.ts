import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('lineage help, version and usage errors', () => {
  it('lists the commands and global options', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['ingest', 'export', 'stats', 'start', '--store', '--data-dir', '--version']) {
      expect(result.stdout).toContain(word);
    }
  });

  it.each([
    ['ingest', ['--lang', '--json', '--max-file-size', '--lock-timeout', 'Exit status']],
    ['export', ['--format', '--out']],
    ['stats', ['--json']],
    ['start', ['--corpus', '--no-serve']],
  ])('has help for %s', async (command, words) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    for (const word of words) expect(result.stdout).toContain(word);
  });

  it('prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['stats', '--nope'], /unknown option '--nope'/],
    ['a missing argument', ['ingest'], /missing required argument 'paths'/],
    ['an invalid choice', ['ingest', '--lang', 'de', 'x.md'], /Allowed choices are fr, en, es/],
    ['an invalid number', ['ingest', '--batch-size', '0', 'x.md'], /at least 1/],
    ['an unknown store', ['--store', 'mysql', 'stats'], /Allowed choices are embedded, neo4j/],
  ])('exits 2 on %s', async (_what, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
