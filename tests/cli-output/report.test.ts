import { describe, expect, it } from 'vitest';
import { formatIngestReport } from '../../src/cli/format-report.js';
import { printable, printableLines } from '../../src/cli/printable.js';
import { summarize } from '../../src/ingest/index.js';

// Issue 12 item 7: file names and messages come from the input; printed raw, they could drive the terminal.

describe('printable', () => {
  it.each([
    ['an escape sequence (clear screen, recolour)', 'a\u001b[2J\u001b[31mb.md', 'a\\u001b[2J\\u001b[31mb.md'],
    ['a bell, a carriage return and a newline', 'x\u0007\ry\nz', 'x\\u0007\\u000dy\\u000az'],
    ['a C1 control (CSI) and DEL', 'a\u009b2Jb\u007f', 'a\\u009b2Jb\\u007f'],
    ['a right-to-left override that makes "exe.md" read as "dm.exe"', 'x\u202Edm.exe', 'x\\u202edm.exe'],
    ['zero-width characters and a line separator', 'a\u200bb\u2028c', 'a\\u200bb\\u2028c'],
  ])('escapes %s', (_why, raw, shown) => {
    expect(printable(raw)).toBe(shown);
  });

  it.each([
    ['accents and typographic marks', 'Résolution « n° 4 » — Genève.md'],
    ['non-Latin scripts', 'قرار 漢字 Ελληνικά.txt'],
    ['a no-break space, as in French typography', 'AG 2014\u00a0: texte'],
  ])('leaves %s as they are', (_why, text) => {
    expect(printable(text)).toBe(text);
  });

  it('keeps the line breaks of a message of several lines', () => {
    expect(printableLines('Invalid knowledge:\n- \u001b[31mred')).toBe(
      'Invalid knowledge:\n- \\u001b[31mred',
    );
  });
});

describe('the human ingest report', () => {
  it('escapes control characters in file names, messages and warnings, and never emits ESC', () => {
    const evil = 'evil\u001b]0;pwned\u0007\u001b[2J.md';
    const report = summarize(
      [
        {
          status: 'failed',
          file: evil,
          source: evil,
          stage: 'read',
          reason: 'empty',
          message: `${evil}: the file is empty`,
        },
        {
          status: 'written',
          file: 'ok.md',
          source: 'ok\u202e.md',
          document: 'document:X.fr',
          language: 'fr',
          nodes: 1,
          edges: 0,
          warnings: [{ code: 'W', message: 'quote \u001b[1mbold' }],
        },
      ],
      [{ path: 'dir/\u001bskip.docx', reason: 'unsupported-format' }],
    );
    const text = formatIngestReport(report);
    // Nothing unprintable is left but the line breaks.
    expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(text).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J.md: the file is empty');
    expect(text).toContain('ok\\u202e.md');
    expect(text).toContain('warning W: quote \\u001b[1mbold');
    expect(text).toContain('dir/\\u001bskip.docx');
    // One line per file, skipped entry and totals: no name can add or overwrite a line.
    expect(text.trimEnd().split('\n')).toHaveLength(6);
  });
});
