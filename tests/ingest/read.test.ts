import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/read/html-to-text.js';
import { ReadError } from '../../src/ingest/read/read-error.js';
import { readSource } from '../../src/ingest/read/read-source.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const badInput = join(root, 'tests', 'fixtures', 'bad-input');
const founding = join(root, 'corpus', 'AG-2014-RES-04.fr.md');

/** The founding text as a browser shows it: the Markdown minus its markup. */
const foundingPlainText = readFileSync(founding, 'utf8')
  .replace(/\*\*/g, '')
  .replace(/<\/?sup>/g, '')
  .replace(/^## /m, '')
  .trim();

async function readError(file: string, maxBytes?: number): Promise<ReadError> {
  const error = await readSource(file, { maxBytes }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ReadError))
    throw new Error(`expected a ReadError for ${file}, got ${String(error)}`);
  return error;
}

describe('readSource: text and Markdown', () => {
  it('keeps a Markdown file exactly as written, so offsets index the file itself', async () => {
    const source = await readSource(founding);
    const bytes = readFileSync(founding);
    expect(source.format).toBe('markdown');
    expect(source.text).toBe(bytes.toString('utf8'));
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(source.bytes).toBe(bytes.length);
  });

  it('reads .txt as text', async () => {
    const source = await readSource(join(root, 'corpus', 'A-RES-58-85.en.txt'));
    expect(source.format).toBe('text');
    expect(source.text).toContain('GUUAM');
  });

  it('drops a UTF-8 byte-order mark but hashes the bytes as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineage-read-'));
    const file = join(dir, 'bom.txt');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Résolution 4', 'utf8')]);
    writeFileSync(file, bytes);
    const source = await readSource(file);
    expect(source.text).toBe('Résolution 4');
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('readSource: HTML', () => {
  it('yields the same plain text as the Markdown original', async () => {
    const source = await readSource(join(fixtures, 'AG-2014-RES-04.fr.html'));
    expect(source.format).toBe('html');
    expect(source.text).toBe(foundingPlainText);
  });

  it('leaves out the head, scripts and styles', async () => {
    const source = await readSource(join(fixtures, 'AG-2014-RES-04.fr.html'));
    expect(source.text).not.toContain('analytics');
    expect(source.text).not.toContain('font-family');
    expect(source.text.startsWith('Résolution N° 4')).toBe(true);
  });

  it.each([
    [
      'entities are decoded',
      '<p>Cr&eacute;ation &laquo;&#160;GEMC&#xA0;&raquo; &amp; co</p>',
      'Création «\u00a0GEMC\u00a0» & co',
    ],
    ['inline markup does not split words', '<p>83<sup>ème</sup> session</p>', '83ème session'],
    ['source line breaks collapse to spaces', '<p>réunie\n   en sa\tsession</p>', 'réunie en sa session'],
    ['paragraphs become blank lines', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['list items are lines, the list a paragraph', '<ul><li>a</li><li>b</li></ul><div>c</div>', 'a\nb\n\nc'],
    ['<br> is a line break', '<p>a<br>b<br/>c</p>', 'a\nb\nc'],
    ['<pre> keeps its whitespace', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    [
      'table cells are separated',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      'a b\nc',
    ],
    ['no-break spaces are text, not collapsible', '<p>Objet\u00a0: x</p>', 'Objet\u00a0: x'],
    ['inline SVG is dropped', '<p>A</p><svg><g><text>label</text></g></svg><p>B</p>', 'A\n\nB'],
    [
      'an unclosed <svg> ends at the next HTML block, as in a browser (issue 12)',
      '<p>Before</p><svg><circle r="1"/><title>icon</title><p>DECIDES to create</p><div>more</div>',
      'Before\n\nDECIDES to create\n\nmore',
    ],
    ['an unclosed <head> ends at <body>', '<head><title>T</title><body><p>text</p>', 'text'],
    ['a script stays skipped whatever it contains', '<p>A</p><script>"<p>no</p>"</script><p>B</p>', 'A\n\nB'],
  ])('%s', (_reason, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('readSource: PDF', () => {
  it('rebuilds the paragraphs of a real PDF (printed by Chromium from the HTML fixture)', async () => {
    const source = await readSource(join(fixtures, 'AG-2014-RES-04.fr.pdf'));
    expect(source.format).toBe('pdf');
    expect(source.text).toBe(foundingPlainText);
  });
});

describe('readSource: texts in other encodings than UTF-8 (issue 12)', () => {
  const work = mkdtempSync(join(tmpdir(), 'lineage-encodings-'));
  const latin1 = join(badInput, 'latin1.fr.txt');
  const expected = readFileSync(latin1, 'latin1');
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    return path;
  };
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  it.each([
    [
      'UTF-16LE with a byte order mark',
      () => Buffer.from(`\ufeff${expected}`, 'utf16le'),
      'UTF-16LE (byte order mark)',
    ],
    ['UTF-16BE with a byte order mark', () => utf16be(`\ufeff${expected}`), 'UTF-16BE (byte order mark)'],
    ['UTF-16LE without a mark', () => Buffer.from(expected, 'utf16le'), 'UTF-16LE (zero bytes'],
    ['UTF-16BE without a mark', () => utf16be(expected), 'UTF-16BE (zero bytes'],
    ['Windows-1252 (a Latin-1 French text)', () => readFileSync(latin1), 'Windows-1252 (Latin-1)'],
    [
      'Windows-1252 with its own punctuation (’ « » – …)',
      () => Buffer.concat([readFileSync(latin1), Buffer.from([0x92, 0xab, 0xbb, 0x96, 0x85])]),
      'Windows-1252',
    ],
  ])('decodes %s, with a warning naming the encoding', async (name, bytes, named) => {
    const data = bytes();
    const source = await readSource(write(`${name.replace(/\W+/g, '-')}.fr.txt`, data));
    expect(source.text.startsWith(expected)).toBe(true);
    expect(source.text).toContain('Assemblée générale');
    expect(source.warnings).toEqual([
      { code: 'TEXT_ENCODING', message: expect.stringContaining(`decoded as ${named}`) },
    ]);
    expect(source.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('reads UTF-8 with no warning', async () => {
    expect((await readSource(founding)).warnings).toEqual([]);
  });

  it.each([
    [
      'broken UTF-8 (it holds valid multi-byte sequences)',
      Buffer.concat([Buffer.from('Résolution générale '), Buffer.from([0xe9, 0x20])]),
      'invalid-utf8',
      /not valid UTF-8 .* nor a Windows-1252/,
    ],
    [
      'an 8-bit text in another encoding (bytes Windows-1252 leaves undefined)',
      Buffer.from([0x52, 0x81, 0x73, 0x8d, 0x20, 0x61, 0x62, 0x63]),
      'invalid-utf8',
      /nor a Windows-1252 \(Latin-1\) text/,
    ],
    [
      'UTF-16 with a lone surrogate',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Résolution', 'utf16le'),
        Buffer.from([0x00, 0xd8, 0x41, 0x00]),
      ]),
      'invalid-encoding',
      /looks like UTF-16LE text \(byte order mark\) but is not valid UTF-16LE/,
    ],
  ])('refuses %s, naming the encoding', async (name, bytes, reason, message) => {
    const file = write(`${name.replace(/\W+/g, '-')}.txt`, bytes);
    const error = await readError(file);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});

describe('readSource: bad input gets a clear error naming the file and the reason', () => {
  it.each([
    ['empty.txt', 'empty', /the file is empty/],
    ['whitespace.txt', 'empty', /only whitespace/],
    ['binary.txt', 'binary', /binary content \(NUL byte at offset 8\)/],
    [
      'broken-utf8.fr.txt',
      'invalid-utf8',
      /not valid UTF-8 \(first invalid byte at offset 44\), nor a Windows-1252/,
    ],
    ['not-a-pdf.pdf', 'invalid-pdf', /not a PDF/],
    ['truncated.pdf', 'invalid-pdf', /not a readable PDF/],
  ])('%s → %s', async (name, reason, message) => {
    const file = join(badInput, name);
    const error = await readError(file);
    expect(error.reason).toBe(reason);
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await readError(founding, 1024);
    expect(error.reason).toBe('too-large');
    const size = statSync(founding).size;
    expect(error.message).toBe(
      `${founding}: the file is ${(size / 1024).toFixed(1)} KB, over the 1.0 KB limit`,
    );
  });

  it('names a missing file', async () => {
    const error = await readError(join(badInput, 'missing.md'));
    expect(error.reason).toBe('not-found');
  });

  it('refuses an unsupported extension', async () => {
    const error = await readError(join(badInput, 'notes.docx'));
    expect(error.reason).toBe('unsupported-format');
  });

  it('refuses a folder given as a file', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'lineage-read-')), 'looks-like.md');
    mkdirSync(folder);
    const error = await readError(folder);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toBe(`${folder}: not a regular file`);
  });
});
