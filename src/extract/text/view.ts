import { fold } from './fold.js';

/**
 * A normalised view of a source text: markup (<sup>, Markdown emphasis, heading marks) removed,
 * bullets made uniform, typographic apostrophes and spaces unified. `map[i]` is the original offset of
 * view character i, so every span found in the view maps back to the original text.
 */
export interface TextView {
  readonly original: string;
  readonly text: string;
  /** Lower-case, accent-free copy of `text`, same length. */
  readonly folded: string;
  readonly map: Int32Array;
}

const TAG = /^<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,200})?\/?>/;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Map a view span to the original text: [start, end) of the original. */
export function toOriginal(view: TextView, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < view.map.length - 1 ? view.map[start]! : view.original.length;
    return { start: at, end: at };
  }
  return { start: view.map[start]!, end: view.map[end - 1]! + 1 };
}

export function normalise(original: string): TextView {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let size = 0;
  // Unchanged characters are copied in runs; only replacements are pushed one by one.
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart >= 0) out.push(original.slice(runStart, end));
    runStart = -1;
  };
  const keep = (at: number) => {
    if (runStart < 0) runStart = at;
    map[size++] = at;
  };
  const push = (c: string, at: number) => {
    flush(at);
    out.push(c);
    map[size++] = at;
  };
  const skip = (at: number) => flush(at);
  let lineStart = true;
  let i = 0;
  while (i < original.length) {
    const c = original[i]!;
    if (lineStart) {
      // Leading indentation, heading marks and bullets: keep the indentation, drop "##", make bullets "•".
      let j = i;
      while (original[j] === ' ' || original[j] === '\t') j++;
      if (original[j] === '#') {
        let k = j;
        while (original[k] === '#') k++;
        if (original[k] === ' ') {
          skip(i);
          i = k + 1;
          lineStart = false;
          continue;
        }
      }
      if ((original[j] === '*' || original[j] === '-' || original[j] === '•') && original[j + 1] === ' ') {
        flush(i);
        for (let k = i; k < j; k++) push(original[k]!, k);
        push('•', j);
        push(' ', j + 1);
        i = j + 2;
        lineStart = false;
        continue;
      }
      lineStart = false;
    }
    if (c === '\n') {
      keep(i);
      i++;
      lineStart = true;
      continue;
    }
    if (c === '<') {
      const tag = TAG.exec(original.slice(i, i + 220));
      if (tag) {
        skip(i);
        i += tag[0].length;
        continue;
      }
    }
    if (c === '*') {
      skip(i);
      i++;
      continue;
    }
    if (c === '_' && !(isWordChar(original[i - 1]) && isWordChar(original[i + 1]))) {
      skip(i);
      i++;
      continue;
    }
    if (c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009' || c === '\t') {
      push(' ', i);
    } else if (c === '’' || c === '‘' || c === 'ʼ') {
      push("'", i);
    } else if (c < ' ' || (c >= '\u007f' && c <= '\u009f')) {
      push(' ', i);
    } else {
      keep(i);
    }
    i++;
  }
  flush(original.length);
  const text = out.join('');
  return { original, text, folded: fold(text), map: map.subarray(0, size) };
}
