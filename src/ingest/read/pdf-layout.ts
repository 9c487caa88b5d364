/** A run of text placed on a PDF page (PDF user space: y grows upward). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text run). */
  size: number;
  /** The producer marked a line break after this run. */
  endOfLine: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/**
 * Plain text of a whole document from the text runs of each page: running headers and footers
 * (the same first or last line on several pages, page numbers aside) are dropped, paragraphs are
 * separated by blank lines, and a paragraph cut by a page break is joined back together.
 */
export function layoutDocument(pages: ReadonlyArray<readonly PlacedText[]>): string {
  const pageLines = pages.map(buildLines);
  const running = runningLines(pageLines);
  const paragraphs: string[] = [];
  for (const [page, lines] of pageLines.entries()) {
    // The very first line is kept: a running header repeats the document's own heading there.
    const isEdge = (i: number) => (i === 0 && page > 0) || i === lines.length - 1;
    const body = lines.filter((line, i) => !(isEdge(i) && running.has(pattern(line.text))));
    const [first, ...rest] = paragraphsOf(body);
    if (first === undefined) continue;
    const previous = paragraphs.at(-1);
    if (previous !== undefined && continuesAcrossPages(previous, first)) {
      paragraphs[paragraphs.length - 1] = joinWrapped(previous, first);
    } else {
      paragraphs.push(first);
    }
    paragraphs.push(...rest);
  }
  return paragraphs.join('\n\n');
}

/**
 * Rebuild the paragraphs of one page from its text runs (in content-stream order, which is reading
 * order for the documents we ingest). Runs on one baseline form a line; consecutive lines form a
 * paragraph unless the vertical gap is larger than the page's usual line spacing, or the first word
 * of the next line would have fitted on the previous one (so that break was deliberate, not a wrap).
 */
export function layoutPage(runs: readonly PlacedText[]): string[] {
  return paragraphsOf(buildLines(runs));
}

function paragraphsOf(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const spacing = medianLineSpacing(lines);
  const rightMargin = Math.max(...lines.map((l) => l.right));
  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    if (startsParagraph(previous, line, spacing, rightMargin)) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current = joinWrapped(current, line.text);
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** First and last lines that repeat on at least two pages once numbers are ignored ("Page 2/3"). */
function runningLines(pages: readonly Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(
      [lines[0], lines.at(-1)].filter((l) => l !== undefined).map((l) => pattern(l.text)),
    );
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count >= 2).map(([key]) => key));
}

function pattern(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

/** A paragraph that stops without closing punctuation and resumes in lower case was cut by the page break. */
function continuesAcrossPages(previous: string, next: string): boolean {
  return !/[.,;:!?»)\]]$/u.test(previous) && /^\p{Ll}/u.test(next);
}

function buildLines(runs: readonly PlacedText[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let breakAfterPrevious = false;
  for (const run of runs) {
    const size = run.size > 0 ? run.size : 1;
    if (run.text.trim() === '') {
      if (run.endOfLine) breakAfterPrevious = true;
      else if (line && !line.text.endsWith(' ')) line.text += ' ';
      continue;
    }
    const sameBaseline = line !== null && Math.abs(run.y - line.y) <= size * 0.5;
    if (line === null || breakAfterPrevious || !sameBaseline) {
      if (line) lines.push(finishLine(line));
      line = { text: run.text, left: run.x, right: run.x + run.width, y: run.y, size };
    } else {
      const gap = run.x - line.right;
      const needsSpace = gap > size * 0.15 && !line.text.endsWith(' ') && !run.text.startsWith(' ');
      line.text += (needsSpace ? ' ' : '') + run.text;
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, size);
    }
    breakAfterPrevious = run.endOfLine;
  }
  if (line) lines.push(finishLine(line));
  return lines.filter((l) => l.text !== '');
}

function finishLine(line: Line): Line {
  return { ...line, text: line.text.replace(/\s+/g, (ws) => (ws.includes('\u00a0') ? ws : ' ')).trim() };
}

function medianLineSpacing(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  if (gaps.length === 0) return Number.POSITIVE_INFINITY;
  return gaps[Math.floor((gaps.length - 1) / 2)]!;
}

function startsParagraph(previous: Line, line: Line, spacing: number, rightMargin: number): boolean {
  const gap = previous.y - line.y;
  // Moving up the page means a new column or a new text block.
  if (gap <= 0) return true;
  if (gap > spacing * 1.3) return true;
  const firstWord = line.text.split(' ')[0] ?? '';
  const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
  return previous.right + charWidth * (firstWord.length + 1) < rightMargin;
}

/** Join a wrapped line to its paragraph; a word hyphenated at the line end stays hyphenated but unspaced. */
function joinWrapped(paragraph: string, next: string): string {
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph + next;
  return `${paragraph} ${next}`;
}
