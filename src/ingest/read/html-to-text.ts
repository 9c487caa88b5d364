import { Parser } from 'htmlparser2';

/** Elements that end a paragraph: a blank line before and after. */
const PARAGRAPH_ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'hr',
  'address',
]);
/** Elements that start a new line. */
const LINE_ELEMENTS = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'body',
  'form',
  'fieldset',
]);
/** Elements whose content is not document text. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
]);
/** Foreign (SVG, MathML) content: skipped, but closed by the HTML elements that end it in a browser. */
const FOREIGN_ELEMENTS = new Set(['svg', 'math']);
/**
 * The HTML elements whose start tag breaks out of foreign content (the HTML standard's parsing rules for
 * foreign content): an unclosed `<svg>` ends there instead of swallowing the rest of the document.
 */
const BREAKOUT_ELEMENTS = new Set([
  'b',
  'big',
  'blockquote',
  'body',
  'br',
  'center',
  'code',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'hr',
  'i',
  'img',
  'li',
  'listing',
  'menu',
  'meta',
  'nobr',
  'ol',
  'p',
  'pre',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'strike',
  'sub',
  'sup',
  'table',
  'tt',
  'u',
  'ul',
  'var',
]);
/** Table cells are separated by a space so adjacent cells do not glue words together. */
const CELL_ELEMENTS = new Set(['td', 'th']);
/** HTML collapses ASCII whitespace only; no-break spaces (common in French typography) are text. */
const ASCII_WHITESPACE = /[ \t\n\r\f]+/g;

/**
 * Plain text of an HTML document: markup dropped, entities decoded, whitespace collapsed as a
 * browser would, block elements turned into line breaks (paragraphs into blank lines).
 * The result is what a document's offsets index, so it is built deterministically.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let pendingBreak = 0;
  let pendingSpace = false;
  let atLineStart = true;
  // Skipped elements still open, innermost last: an unclosed one must not hide the text after it.
  const skipped: string[] = [];
  let preDepth = 0;

  const requestBreak = (newlines: number): void => {
    if (out.length > 0) pendingBreak = Math.max(pendingBreak, newlines);
    pendingSpace = false;
  };
  const emit = (text: string): void => {
    if (pendingBreak > 0) {
      out.push('\n'.repeat(pendingBreak));
      pendingBreak = 0;
      atLineStart = true;
    } else if (pendingSpace && !atLineStart) {
      out.push(' ');
    }
    pendingSpace = false;
    out.push(text);
    atLineStart = text.endsWith('\n');
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (BREAKOUT_ELEMENTS.has(name)) {
          while (FOREIGN_ELEMENTS.has(skipped.at(-1) ?? '')) skipped.pop();
        }
        if (name === 'body' && skipped.includes('head')) skipped.splice(skipped.indexOf('head'));
        if (SKIPPED_ELEMENTS.has(name)) skipped.push(name);
        if (skipped.length > 0) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') {
          if (pendingBreak > 0) emit('');
          out.push('\n');
          atLineStart = true;
          pendingSpace = false;
        } else if (PARAGRAPH_ELEMENTS.has(name)) requestBreak(2);
        else if (LINE_ELEMENTS.has(name)) requestBreak(1);
        else if (CELL_ELEMENTS.has(name)) pendingSpace = true;
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) {
          const open = skipped.lastIndexOf(name);
          if (open >= 0) skipped.splice(open);
          return;
        }
        if (skipped.length > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (PARAGRAPH_ELEMENTS.has(name)) requestBreak(2);
        else if (LINE_ELEMENTS.has(name)) requestBreak(1);
        else if (CELL_ELEMENTS.has(name)) pendingSpace = true;
      },
      ontext(raw) {
        if (skipped.length > 0) return;
        if (preDepth > 0) {
          emit(raw);
          return;
        }
        const collapsed = raw.replace(ASCII_WHITESPACE, ' ');
        if (collapsed.startsWith(' ')) pendingSpace = true;
        const core = collapsed.replace(/^ | $/g, '');
        if (core === '') return;
        emit(core);
        pendingSpace = collapsed.endsWith(' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t]+$/gm, '')
    .trim();
}
