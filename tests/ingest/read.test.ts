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

describe('readSource: bad input gets a clear error naming the file and the reason', () => {
  it.each([
    ['empty.txt', 'empty', /the file is empty/],
    ['whitespace.txt', 'empty', /only whitespace/],
    ['binary.txt', 'binary', /binary content \(NUL byte at offset 8\)/],
    ['latin1.fr.txt', 'invalid-utf8', /not valid UTF-8 \(first invalid byte at offset 1\)/],
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
