import type { ClauseFunction } from '../model/index.js';
import { isItemOf, itemMark, type ListHead, verbOnly } from './clauses/items.js';
import { embeddedVerb, type LeadVerb, operativeAfterOpeningPhrase, verbAt } from './clauses/lead-verb.js';
import type { CompiledLexicon } from './knowledge/compile.js';
import { type Token, tokenAt } from './text/tokens.js';
import type { TextView } from './text/view.js';

export type { LeadVerb };

/** A clause of the view: its span, tokens, function and lead verb. */
export interface Segment {
  index: number;
  function: ClauseFunction;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  verb?: LeadVerb;
  /** For bullets and numbered items without a verb: index of the clause they belong to. */
  parent?: number;
  /** An unmarked preambular paragraph with no verb of its own: one more object of its parent's verb. */
  enumerates?: boolean;
  /** Rule that classified the clause. */
  rule: string;
}

interface Unit {
  start: number;
  end: number;
  header: boolean;
}

const ITEM_MARK = /^\s*(?:•|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s/;
const END_PUNCT = /[,;:.»)\]]\s*$/;

const ARTICLE_SEPARATOR = /^[.:\-–—]$/;

/**
 * Token index after an article heading at `t0` ("Artículo 1.-", « Article premier : », "Art. 3", "Article 2"),
 * or `t0` when there is none. The article word needs a number or an article ordinal, then a separator, the end
 * of the unit or a capitalised word: "article 5 of the Convention …" is a reference, not a heading.
 */
export function afterArticleHeading(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  lexicon: CompiledLexicon,
): number {
  let i = t0;
  const word = tokens[i];
  if (word?.kind !== 'word' || !word.cap || !lexicon.articleWords.has(word.fold)) return t0;
  i++;
  if (tokens[i]?.text === '.') i++;
  const number = tokens[i];
  if (
    !number ||
    !(number.kind === 'number' || /^\d{1,3}$/.test(number.text) || lexicon.articleOrdinals.has(number.fold))
  )
    return t0;
  i++;
  let separated = false;
  while (i < t1 && ARTICLE_SEPARATOR.test(tokens[i]!.text)) {
    separated = true;
    i++;
  }
  if (separated || i >= t1 || (tokens[i]!.kind === 'word' && tokens[i]!.cap)) return i;
  return t0;
}

/** Token index after leading item marks ("1.", "2)", "•", "a)") and an article heading ("Artículo 1.-"). */
function afterItemMarks(tokens: readonly Token[], t0: number, t1: number, lexicon?: CompiledLexicon): number {
  let i = lexicon ? afterArticleHeading(tokens, t0, t1, lexicon) : t0;
  for (let guard = 0; guard < 3 && i < t1; guard++) {
    const t = tokens[i]!;
    if (t.text === '•') i++;
    else if (
      (t.kind === 'number' || /^[a-z]$|^[ivx]{1,4}$/.test(t.text)) &&
      /^[.)]$/.test(tokens[i + 1]?.text ?? '')
    )
      i += 2;
    else if (t.text === '(' && /^[.)]$/.test(tokens[i + 2]?.text ?? '')) i += 3;
    else break;
  }
  return i;
}

/** The lead verb of a unit after its item marks (see clauses/lead-verb.ts). */
export function leadVerb(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  lexicon: CompiledLexicon,
): LeadVerb | null {
  return verbAt(tokens, afterItemMarks(tokens, t0, t1, lexicon), t1, lexicon);
}

/** Longest adoption line that opens with an adoption phrase ("Adopted by the Security Council at its …"). */
export const ADOPTION_LINE_WORDS = 60;

/**
 * The status line: an adoption word alone ("Adopted", « Adoptée ») or a capitalised line opened by an adoption
 * phrase ("Adopted by the Security Council at its 3055th meeting, on 21 February 1992", « Adoptée par le
 * Conseil de sécurité à sa 3055e séance », "Aprobada por el Consejo de Seguridad en su 3055ª sesión").
 */
function isAdoption(tokens: readonly Token[], t0: number, t1: number, lexicon: CompiledLexicon): boolean {
  const words = tokens.slice(t0, t1).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return false;
  if (words.length <= 8 && lexicon.adoption.has(words.map((t) => t.fold).join(' '))) return true;
  let i = t0;
  while (i < t1 && tokens[i]!.kind === 'punct') i++;
  return (
    words.length <= ADOPTION_LINE_WORDS &&
    tokens[i]?.cap === true &&
    lexicon.adoptionLeads.match(tokens, i, t1) !== null
  );
}

function isHeaderLine(
  line: string,
  tokens: readonly Token[],
  t0: number,
  t1: number,
  lexicon: CompiledLexicon,
) {
  const first = tokens[afterItemMarks(tokens, t0, t1)];
  if (!first) return false;
  if (lexicon.resolutionWords.has(first.fold) || lexicon.titleMarkers.has(first.fold)) return true;
  if (line.trim().startsWith('[') || NUMBERED_TITLE.test(line.trim())) return true;
  // A line of codes and upper-case words only ("AGN/69/RES/2", "RESOLUTION").
  return tokens.slice(t0, t1).every((t) => t.kind !== 'word' || t.upper || /\d/.test(t.text));
}

/**
 * « Que, el Acuerdo de Cartagena establece … ; » after a line that closed a clause (`;`, `:`, `.`): each
 * "Que, …" paragraph under « CONSIDERANDO: » is a clause of its own, as each "that …" of a preamble is.
 */
function thatParagraph(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  previousLine: string,
  lexicon: CompiledLexicon,
): boolean {
  const first = tokens[t0];
  return (
    t0 < t1 &&
    first !== undefined &&
    first.kind === 'word' &&
    first.cap &&
    lexicon.thatWords.has(first.fold) &&
    /[;:.]\s*$/.test(previousLine)
  );
}

/** "Hereby:", « DÉCIDE : »: an enacting word alone on its unit opens the operative part. */
function isEnacting(tokens: readonly Token[], t0: number, t1: number, lexicon: CompiledLexicon): boolean {
  const words = tokens.slice(t0, t1).filter((t) => t.kind !== 'punct');
  return words.length === 1 && lexicon.enacting.has(words[0]!.fold);
}

/** Split the view into units (paragraphs, hard-wrapped clauses joined) and classify them as clauses. */
export function segment(view: TextView, tokens: readonly Token[], lexicon: CompiledLexicon): Segment[] {
  const text = view.text;
  const units: Unit[] = [];
  let inHeader = true;
  let lineStart = 0;
  let current: Unit | null = null;
  let previousLine = '';
  let headingOnly = false;
  let enactingLine = false;
  const close = () => {
    if (current) units.push(current);
    current = null;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      // « Article 2 :\n\nIl est institué … »: a heading alone on its line heads the next paragraph.
      if (!headingOnly) close();
    } else {
      const t0 = tokenAt(tokens, lineStart);
      const t1 = tokenAt(tokens, lineEnd);
      const verb = leadVerb(tokens, t0, t1, lexicon);
      const verbToken = verb ? tokens[verb.from]! : null;
      const heading = afterArticleHeading(tokens, t0, t1, lexicon);
      const article = heading > t0;
      const headerLine = !article && inHeader && isHeaderLine(line, tokens, t0, t1, lexicon);
      // A header line wrapped in the middle ("Objet : ... de la criminalité\npharmaceutique").
      // A UN numbered title wrapped over several lines ("51/1. Observer status for the International /
      // Criminal Police Organization / (Interpol) in the General Assembly") runs up to the blank line.
      const wrapped =
        inHeader &&
        current !== null &&
        !headerLine &&
        (/^\s*\p{Ll}/u.test(line) ||
          NUMBERED_TITLE.test(text.slice((current as Unit).start, lineEnd).trim()));
      const startsNew =
        !headingOnly &&
        !wrapped &&
        (current === null ||
          article ||
          ITEM_MARK.test(line) ||
          headerLine ||
          (current as Unit).header ||
          isAdoption(tokens, t0, t1, lexicon) ||
          enactingLine ||
          isEnacting(tokens, t0, t1, lexicon) ||
          (verbToken !== null && (verbToken.upper || END_PUNCT.test(previousLine))) ||
          thatParagraph(tokens, t0, t1, previousLine, lexicon) ||
          (inHeader && END_PUNCT.test(previousLine)));
      if (startsNew) {
        close();
        current = { start: lineStart, end: lineEnd, header: headerLine };
      } else {
        (current as unknown as Unit).end = lineEnd;
      }
      if (verb || (!headerLine && /,\s*$/.test(line))) inHeader = false;
      headingOnly = article && heading >= t1;
      // "Hereby: \nI. General": the enacting line is a unit of its own.
      enactingLine = isEnacting(tokens, t0, t1, lexicon);
      if (article) inHeader = false;
      previousLine = line;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return classify(view, tokens, splitOpenings(units, tokens, lexicon), lexicon);
}

/** "The General Assembly, Wishing to promote ..." holds two clauses: split before a capitalised lead verb. */
function splitOpenings(units: Unit[], tokens: readonly Token[], lexicon: CompiledLexicon): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    let start = unit.start;
    const t0 = tokenAt(tokens, unit.start);
    const t1 = tokenAt(tokens, unit.end);
    for (let i = t0 + 1; i < t1; i++) {
      if (tokens[i - 1]!.text !== ',' || !tokens[i]!.cap) continue;
      const verb = lexicon.verbs.match(tokens, i, t1);
      if (!verb || i - t0 < 2) continue;
      out.push({ start, end: tokens[i - 1]!.end, header: unit.header });
      start = tokens[i]!.start;
    }
    out.push({ start, end: unit.end, header: unit.header });
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** "58/85. Observer status for ..." : the numbered title line of a UN resolution. */
export const NUMBERED_TITLE = /^\d{1,3}\/\d{1,4}\.\s/;

/**
 * Index of the opening formula among the units before the first lead verb: the first one ending with a
 * comma ("La 20e Conférence générale des poids et mesures,"), else the last one that is not a header line.
 * Units before it are the header (masthead, code, heading, title). Without one, returns -(n + 1) where n
 * is the index of the first lead-verb unit: the units before it are all header.
 */
function openingUnit(
  view: TextView,
  tokens: readonly Token[],
  units: Unit[],
  lexicon: CompiledLexicon,
): number {
  let lastPlain = -1;
  let firstVerb = units.length;
  for (const [u, unit] of units.entries()) {
    const t0 = tokenAt(tokens, unit.start);
    const t1 = tokenAt(tokens, unit.end);
    if (isAdoption(tokens, t0, t1, lexicon)) continue;
    if (leadVerb(tokens, t0, t1, lexicon)) {
      firstVerb = u;
      break;
    }
    const text = view.text.slice(unit.start, unit.end).trim();
    if (/,$/.test(text) && !NUMBERED_TITLE.test(text)) return u;
    if (!unit.header && !NUMBERED_TITLE.test(text)) lastPlain = u;
  }
  return lastPlain >= 0 ? lastPlain : -firstVerb - 1;
}

/**
 * "considering Resolution 3 ...,\n\nResolution 4 adopted by the CGPM ...,": in a preamble, a paragraph with
 * no lead verb of its own that ends like a preambular clause (comma or semicolon) enumerates one more object
 * of the verb before it.
 */
function continuesPreamble(text: string, lastVerbClause: Segment): boolean {
  return lastVerbClause.function === 'preamble' && /[,;]\s*$/.test(text);
}

/** The clause ends with an infinitive marker ("in order to", « afin de »): what follows completes it. */
function endsWithInfinitiveMarker(
  tokens: readonly Token[],
  clause: Segment,
  lexicon: CompiledLexicon,
): boolean {
  const last = tokens[clause.t1 - 1];
  return last !== undefined && last.kind === 'word' && lexicon.infinitiveMarkers.has(last.fold);
}

function classify(
  view: TextView,
  tokens: readonly Token[],
  units: Unit[],
  lexicon: CompiledLexicon,
): Segment[] {
  const segments: Segment[] = [];
  const rule = lexicon.source.headings.id;
  const found = openingUnit(view, tokens, units, lexicon);
  const opening = found >= 0 ? found : -found - 1;
  let openingSeen = false;
  let lastVerbClause: Segment | undefined;
  // "13. Decides:" / "14. Requests": a verb with nothing after it heads the items and paragraphs that follow.
  let head: ListHead | undefined;
  for (const [u, unit] of units.entries()) {
    const [start, end] = trimSpan(view.text, unit.start, unit.end);
    if (start >= end) continue;
    const t0 = tokenAt(tokens, start);
    const t1 = tokenAt(tokens, end);
    const base = { index: segments.length, start, end, t0, t1 };
    const marked = ITEM_MARK.test(`${view.text.slice(start, Math.min(end, start + 8))} `);
    const mark = itemMark(view.text.slice(start, Math.min(end, start + 8)));
    // A narrative sentence with its verb inside, only where the unit would otherwise be an opening or "other".
    // Before the opening only a plain paragraph may be one ("Le Comité international … adopte, pour …").
    const narrative =
      (u >= opening || (u > 0 && !unit.header)) &&
      !isAdoption(tokens, t0, t1, lexicon) &&
      !(lastVerbClause && (marked || continuesPreamble(view.text.slice(start, end), lastVerbClause)));
    const initial = leadVerb(tokens, t0, t1, lexicon);
    const own =
      (initial && operativeAfterOpeningPhrase(tokens, initial, t1, lexicon)) ??
      initial ??
      (narrative ? embeddedVerb(tokens, t0, t1, lexicon) : null);
    // "recalling that in 1992 the CGPM:\n* stated that …\n* recommended …": items under a preambular clause
    // report what others did; their past-tense verbs are not the resolution's operative verbs.
    const bullet = /^[*•-]\s/.test(view.text.slice(start, start + 2));
    // In a dash-bulleted decision (« Le Comité, - Ayant examiné … - Rappelant … - Amende l'article … ») each
    // bullet is a clause of its own: only bullets under an unbulleted preambular clause report.
    const reported =
      bullet &&
      lastVerbClause?.function === 'preamble' &&
      !/^[*•-]\s/.test(view.text.slice(lastVerbClause.start, lastVerbClause.start + 2)) &&
      own?.group.function === 'operative';
    // "requests that the CIPM consult … in order to\n* propose a new maximum value …": the items complete the
    // infinitive their clause ends with; their first word is that infinitive, not a lead verb.
    const completes =
      marked && lastVerbClause !== undefined && endsWithInfinitiveMarker(tokens, lastVerbClause, lexicon);
    // "considering Resolution 3 adopted … (1999), which ⏎⏎ considers that all States …": a lower-case paragraph after
    // one that stops on a function word ("which", « qui ») continues that sentence; its first word is not a lead
    // verb.
    const previous = segments[segments.length - 1];
    const last = previous && tokens[previous.t1 - 1];
    const continuesSentence =
      lastVerbClause !== undefined &&
      (previous?.function === 'preamble' || previous?.function === 'operative') &&
      last?.kind === 'word' &&
      lexicon.stopwords.has(last.fold) &&
      // "…, and ⏎⏎ encourages the CIPM …": a coordinator before a verb paragraph coordinates a new clause.
      !lexicon.coordinators.has(last.fold) &&
      tokens[t0]?.kind === 'word' &&
      tokens[t0]?.cap === false;
    const verb = reported || completes || continuesSentence ? null : own;
    if (isAdoption(tokens, t0, t1, lexicon)) {
      segments.push({ ...base, function: 'status', rule: lexicon.source.adoption.id });
    } else if (!verb && lexicon.source.enacting && isEnacting(tokens, t0, t1, lexicon)) {
      openingSeen = true;
      segments.push({ ...base, function: 'operative', rule: lexicon.source.enacting.id });
    } else if (verb) {
      openingSeen = true;
      const segment: Segment = { ...base, function: verb.group.function, verb, rule: verb.group.id };
      segments.push(segment);
      lastVerbClause = segment;
      if (!isItemOf(head, mark))
        head = verbOnly(tokens, verb.to, t1) ? { index: segment.index, mark } : undefined;
    } else if (!openingSeen && u < opening) {
      const first = tokens[afterItemMarks(tokens, t0, t1)];
      const text = view.text.slice(start, end);
      const titled =
        NUMBERED_TITLE.test(text) ||
        (first !== undefined &&
          (lexicon.titleMarkers.has(first.fold) ||
            (lexicon.resolutionWords.has(first.fold) && /[:：]/.test(text))));
      segments.push({ ...base, function: titled ? 'title' : 'header', rule });
    } else if (!openingSeen && found >= 0) {
      openingSeen = true;
      segments.push({ ...base, function: 'opening', rule });
    } else if (
      head &&
      (isItemOf(head, mark) ||
        (!marked &&
          head.index === lastVerbClause?.index &&
          afterArticleHeading(tokens, t0, t1, lexicon) === t0))
    ) {
      // "(b) To review the mandate …" under "13. Decides:"; "the Secretary-General to report …" after "14. Requests".
      segments.push({ ...base, function: segments[head.index]!.function, parent: head.index, rule });
      // A sentence of its own ("Decides:\n\nThe Committee shall meet …") is the head's last paragraph.
      if (!marked && tokens[t0]?.cap) head = undefined;
    } else if (marked && lastVerbClause) {
      segments.push({ ...base, function: lastVerbClause.function, parent: lastVerbClause.index, rule });
    } else if (lastVerbClause && continuesPreamble(view.text.slice(start, end), lastVerbClause)) {
      segments.push({
        ...base,
        function: lastVerbClause.function,
        parent: lastVerbClause.index,
        enumerates: true,
        rule,
      });
    } else if (
      openingSeen &&
      lastVerbClause?.function === 'operative' &&
      afterArticleHeading(tokens, t0, t1, lexicon) > t0
    ) {
      // "Artículo 2.- El CATUR tendrá las siguientes funciones:": after the enacting formula an article is an
      // operative provision even when no lead verb opens it; it closes any list.
      segments.push({ ...base, function: 'operative', rule });
      head = undefined;
    } else {
      segments.push({ ...base, function: 'other', rule });
    }
  }
  return segments;
}
