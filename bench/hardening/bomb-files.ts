/**
 * The hostile ingest inputs of issue 12, generated (never stored): a PDF of many empty pages, a PDF whose one
 * content stream inflates to many megabytes (a Flate bomb), and a resolution made of repeated acronyms.
 * Used by bench/hardening/bombs.ts at full size and by the ingest tests at small sizes.
 */
import { deflateSync } from 'node:zlib';

/** Objects of a PDF body, numbered from 1 in order; builds a file with a correct cross-reference table. */
function pdfFile(objects: ReadonlyArray<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  }
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A PDF of `count` pages, each with an empty content stream. The first page carries one line of text, so the
 * file is not refused as having no text layer: only its page count is hostile.
 */
export function emptyPagesPdf(count: number, firstLine = 'AG-2099-RES-02'): Buffer {
  // 1 catalog, 2 pages, 3 font, then page i at 4 + 2i and its content at 5 + 2i.
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${count} /Kids [${Array.from({ length: count }, (_, i) => `${4 + 2 * i} 0 R`).join(' ')}] >>`,
    FONT,
  ];
  for (let i = 0; i < count; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    const text =
      i === 0 ? `BT /F1 12 Tf 72 770 Td (${firstLine}) Tj 0 -30 Td (ENCOURAGE le GEMC.) Tj ET` : '';
    objects.push(stream('', Buffer.from(text, 'latin1')));
  }
  return pdfFile(objects);
}

/**
 * A one-page PDF whose Flate-compressed content stream inflates to about `inflatedBytes` of text-drawing
 * operators (a "zip bomb" in PDF form). The file is about 1/300 of that size.
 */
export function flateBombPdf(inflatedBytes: number, { hexWrapped = false } = {}): Buffer {
  const line = Buffer.from('BT /F1 12 Tf 72 700 Td (GEMC) Tj ET\n', 'latin1');
  const content = Buffer.alloc(Math.ceil(inflatedBytes / line.length) * line.length);
  for (let at = 0; at < content.length; at += line.length) line.copy(content, at);
  const deflated = deflateSync(content, { level: 9 });
  // Behind an ASCIIHex layer the inflated size cannot be checked up front: only the thread budgets stop it.
  const contents = hexWrapped
    ? stream('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${deflated.toString('hex')}>`, 'latin1'))
    : stream('/Filter /FlateDecode', deflated);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [4 0 R] >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    contents,
  ]);
}

/** A French resolution whose one operative clause repeats two acronyms until the text is about `bytes` long. */
export function repeatedAcronymsText(bytes: number, code = 'AG-2099-RES-01'): string {
  const unit = '(GEMC) GEMC GTEC (GTEC) ';
  return `${code}\n\nENCOURAGE ${unit.repeat(Math.ceil(bytes / unit.length))}`;
}
