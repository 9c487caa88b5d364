import { type CodeMatch, codeFromFileName, formatCode, scanCodes } from './codes.js';
import { dateAt } from './dates.js';
import { ANY_INSTITUTION } from './entities/documents.js';
import { documentEntity } from './entities/make.js';
import { sessionEntity } from './entities/meetings.js';
import { mentionsIn } from './entities/mentions.js';
import { ordinalAt } from './ordinals.js';
import { NUMBERED_TITLE, type Segment } from './segment.js';
import type { Context, Entity, Found } from './types.js';

/** The document's own resolution, as its header, opening formula and status line describe it. */
export interface Header {
  resolution: Entity;
  /** Clause that states the code (or the first clause). */
  codeClause: number;
  session?: Found;
  adoptionMeeting?: Found;
}

const headerSegments = (segments: readonly Segment[]) => {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.function === 'preamble' || s.function === 'operative') break;
    out.push(s);
  }
  return out;
};

/** Segments before the first preambular clause: where a masthead's symbol line may sit. */
const SYMBOL_LINE_WINDOW = 12;

/**
 * A symbol line: a segment that is one document code and nothing else ("C-30/DEC.2", "S/RES/2334 (2016)"),
 * near the top and before any preambular clause. A cited code never stands alone on its line, so it is the
 * document's own code even when a masthead line before it reads as a clause ("Conference of the States …").
 */
function symbolLine(ctx: Context): CodeMatch | null {
  for (const s of ctx.segments.slice(0, SYMBOL_LINE_WINDOW)) {
    if (s.function === 'preamble') break;
    const text = ctx.view.text.slice(s.start, s.end);
    const codes = scanCodes(text, ctx.compiled.knowledge);
    const only = codes.length === 1 ? codes[0]! : null;
    if (
      only &&
      only.kind === 'Resolution' &&
      text.slice(0, only.start).trim() === '' &&
      text.slice(only.end).trim() === ''
    ) {
      return { ...only, start: only.start + s.start, end: only.end + s.start };
    }
  }
  return null;
}

/** An organ adopting its institution's documents: a profile says so, or the gazetteer gives it session words. */
function adoptingOrgan(ctx: Context, key: string | undefined): boolean {
  if (!key) return false;
  if (ctx.compiled.organizations.get(key)?.sessionWords) return true;
  return ctx.compiled.knowledge.institutions.some((p) =>
    p.organs.some((o) => o.adopts && ('organization' in o ? o.organization : o.key) === key),
  );
}

/** Lines of a masthead or heading (not clauses): where an adopting organ may be named outside the opening. */
const HEAD_LINES = new Set(['header', 'title', 'other', 'status']);

/** The first adopting organ a segment names (by name, or by a context name that fits one organ only). */
function adoptingOrganIn(ctx: Context, segment: Segment, contextNames: boolean) {
  for (let i = segment.t0; i < segment.t1; i++) {
    const values = ctx.compiled.gazetteer.match(ctx.tokens, i)?.values ?? [];
    const named = values.filter((h) => h.type === 'organization' && adoptingOrgan(ctx, h.organization?.key));
    const context = contextNames
      ? values.filter((h) => h.type === 'context' && adoptingOrgan(ctx, h.organization?.key))
      : [];
    const hit = named[0] ?? (context.length === 1 ? context[0] : undefined);
    if (hit?.organization) return hit.organization;
  }
  return undefined;
}

/** Before entity recognition: the institution and organ, from the first code, the file name or the opening. */
export function preScan(ctx: Context, source: string): CodeMatch | null {
  const head = headerSegments(ctx.segments);
  const headText = head.length ? ctx.view.text.slice(0, head[head.length - 1]!.end) : '';
  const inText = scanCodes(headText, ctx.compiled.knowledge)[0] ?? symbolLine(ctx);
  const fromFile = codeFromFileName(source, ctx.compiled.knowledge);
  const match = inText ?? fromFile;
  if (match && match.family.institution !== ANY_INSTITUTION) {
    ctx.institution = match.family.institution;
    ctx.organ = ctx.compiled.organizations.get(match.family.organ);
    if (match.groups.session) ctx.sessionOrdinal = Number(match.groups.session);
    return match;
  }
  // The adopting organ named in the opening formula ("The Security Council,"; a context name such as "The
  // 22nd General Conference," when it fits one organ only), else named in full on a heading line or the
  // adoption line ("Adopted by the Security Council at its 3055th meeting"), never in a clause.
  const opening = head.find((s) => s.function === 'opening');
  const top = ctx.segments.slice(0, SYMBOL_LINE_WINDOW);
  const firstPreamble = top.findIndex((s) => s.function === 'preamble');
  const lines = top
    .slice(0, firstPreamble < 0 ? top.length : firstPreamble)
    .filter(
      (s) =>
        s !== opening && (HEAD_LINES.has(s.function) || ctx.lexicon.adoption.has(ctx.tokens[s.t0]!.fold)),
    );
  const candidates = [
    ...(opening ? [{ segment: opening, context: true }] : []),
    ...lines.map((segment) => ({ segment, context: false })),
  ];
  for (const { segment, context } of candidates) {
    const organ = adoptingOrganIn(ctx, segment, context);
    if (organ) {
      ctx.institution = organ.institution;
      ctx.organ = organ;
      break;
    }
  }
  return null;
}

function headingNumber(ctx: Context, segment: Segment): number | undefined {
  const { tokens, lexicon } = ctx;
  for (let i = segment.t0; i < Math.min(segment.t1, segment.t0 + 4); i++) {
    if (!lexicon.resolutionWords.has(tokens[i]!.fold)) continue;
    for (let j = i + 1; j < Math.min(segment.t1, i + 5); j++) {
      if (tokens[j]!.kind === 'number') return Number(tokens[j]!.text);
      if (!/^(n|no|nº|n°|°|\.)$/i.test(tokens[j]!.fold)) break;
    }
  }
  return undefined;
}

function headingTitle(ctx: Context, segment: Segment): { title: string; start: number } | undefined {
  const text = ctx.view.text.slice(segment.start, segment.end);
  const numbered = NUMBERED_TITLE.exec(text);
  if (numbered) {
    const title = text.slice(numbered[0].length).replace(/\s+/g, ' ').trim();
    return title ? { title, start: segment.start + numbered[0].length } : undefined;
  }
  const colon = text.search(/[:：]/);
  if (colon < 0) return undefined;
  const first = ctx.tokens[segment.t0]!;
  const isTitled = ctx.lexicon.titleMarkers.has(first.fold) || ctx.lexicon.resolutionWords.has(first.fold);
  if (!isTitled) return undefined;
  let title = text
    .slice(colon + 1)
    .replace(/\s+/g, ' ')
    .trim();
  if (/^\(.*\)$/.test(title)) title = title.slice(1, -1).trim();
  return title ? { title, start: segment.start + colon + 1 } : undefined;
}

/** Place after "à"/"in" in the opening formula: capitalised words up to punctuation. */
function placeIn(ctx: Context, from: number, to: number): string | undefined {
  const { tokens, lexicon } = ctx;
  for (let i = from; i < to; i++) {
    if (!lexicon.placeMarkers.has(tokens[i]!.fold) || ctx.owner[i]! >= 0) continue;
    let j = i + 1;
    const words: string[] = [];
    while (
      j < to &&
      tokens[j]!.kind === 'word' &&
      (tokens[j]!.cap || /^(de|del|la|el|sur)$/.test(tokens[j]!.fold))
    ) {
      if (lexicon.months.has(tokens[j]!.fold)) break;
      words.push(tokens[j]!.text);
      j++;
    }
    while (words.length && !/^\p{Lu}/u.test(words[words.length - 1]!)) words.pop();
    if (words.length) return words.join(' ');
  }
  return undefined;
}

function firstDate(ctx: Context, from: number, to: number) {
  for (let i = from; i < to; i++) {
    const date = dateAt(ctx.tokens, i, ctx.lexicon);
    if (date) {
      ctx.hits.push({
        rule: date.rule,
        value: date.start === date.end ? date.start : `${date.start}/${date.end}`,
      });
      return date;
    }
  }
  return null;
}

/**
 * An own code that numbers its session ("Decision 13.COM 17": the Committee's 13th session; families list
 * such types in `adoptedAtSession`) dates the adoption when the text names no session: ADOPTED_AT it, with
 * the printed code as evidence. Cited codes are left alone: the text says nothing of their adoption.
 */
function sessionOfCode(ctx: Context, resolution: Entity, printed: Found | undefined): Entity | undefined {
  const match = scanCodes(resolution.code ?? '', ctx.compiled.knowledge)[0];
  const organ = match && ctx.compiled.organizations.get(match.family.organ);
  const ordinal = Number(match?.groups.session);
  const type = (match?.groups.type ?? '').toUpperCase();
  if (!match || !organ || !(ordinal > 0) || !match.family.adoptedAtSession.includes(type)) return undefined;
  const session = sessionEntity(ctx, organ, ordinal, '');
  const evidence = printed ?? { start: ctx.segments[0]?.start ?? 0, end: ctx.segments[0]?.end ?? 0, t0: 0 };
  ctx.facts.push({
    type: 'ADOPTED_AT',
    from: resolution,
    to: session,
    clause: ctx.clauseOf[evidence.t0] ?? 0,
    start: evidence.start,
    end: evidence.end,
    rule: match.family.id,
  });
  return session;
}

/** An acronym in parentheses: "(CCTF)". */
const PARENTHESISED_ACRONYM = /^[A-Z][A-Z0-9]{1,9}$/;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The genre-level code of a document no family codes (codes.yaml `derived`): the heading's document word and
 * number ("Recommendation 1"), the acronym the opening formula gives its organ and the opening's year: "The
 * Consultative Committee for Time and Frequency (CCTF), at its 21st session in 2017," -> CCTF-2017-REC-1.
 */
function derivedCode(ctx: Context, head: readonly Segment[], opening: Segment) {
  const rule = ctx.compiled.knowledge.codes.derived;
  if (!rule) return undefined;
  const { tokens } = ctx;
  let type: string | undefined;
  let number: number | undefined;
  // "Recommendation 1", "## Résolution N° 3": the type word among a heading's first tokens, its number next.
  for (const segment of head.filter((s) => s !== opening)) {
    for (let i = segment.t0; i < Math.min(segment.t1, segment.t0 + 3) && number === undefined; i++) {
      type = rule.types[tokens[i]!.fold];
      const next = tokens
        .slice(i + 1, Math.min(segment.t1, i + 4))
        .find((t) => !/^(n|no|n°|°|\.)$/.test(t.fold));
      if (type && next?.kind === 'number') number = Number(next.text);
    }
    if (number !== undefined) break;
  }
  let organ: string | undefined;
  let year: string | undefined;
  for (let i = opening.t0; i < opening.t1; i++) {
    const t = tokens[i]!;
    const inParentheses = tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')';
    if (!organ && inParentheses && PARENTHESISED_ACRONYM.test(t.text)) organ = t.text;
    if (!year && YEAR.test(t.text)) year = t.text;
  }
  if (!type || number === undefined || !organ || !year) return undefined;
  return { code: formatCode(rule.canonical, { organ, year, type, number: String(number) }), number };
}

/** The mention of the symbol line's code, when there is one. */
function symbolLineMention(ctx: Context): Found | undefined {
  const line = symbolLine(ctx);
  if (!line) return undefined;
  return ctx.found.find((f) => f.start === line.start && f.entity.kind === 'Resolution');
}

/** After entity recognition: code, number, title, session, dates, status of the document's resolution. */
/** Tokens an own code may follow at the start of an opening ("Decision", "##"). */
const OWN_CODE_LEAD = 2;

export function readHeader(ctx: Context, source: string, sha256: string): Header | null {
  const head = headerSegments(ctx.segments);
  const rule = ctx.lexicon.source.headings.id;
  let number: number | undefined;
  let title: { title: string; start: number; clause: number } | undefined;
  for (const segment of head) {
    number ??= headingNumber(ctx, segment);
    if (!title) {
      const t = headingTitle(ctx, segment);
      if (t) title = { ...t, clause: segment.index };
    }
  }
  const opening = head.find((s) => s.function === 'opening');
  const session = opening
    ? mentionsIn(ctx, opening.t0, opening.t1).find((f) => f.entity.kind === 'Session')
    : undefined;
  // Own code: printed in the header, else derived (CGPM: number + session year), else from the file name.
  // An opening (enacting formula) may cite other texts, so only a code that starts it is its own code: a
  // heading "Decision CIPM/108-29 (2019)" read as the opening when the decision has no enacting formula.
  const printed =
    head
      .flatMap((s) =>
        mentionsIn(ctx, s.t0, s.t1).filter((f) => s.function !== 'opening' || f.t0 <= s.t0 + OWN_CODE_LEAD),
      )
      .find((f) => f.entity.kind === 'Resolution') ?? symbolLineMention(ctx);
  let code = printed?.entity.code;
  let codeRule = printed?.rule;
  if (!code && number !== undefined && session && ctx.organ) {
    const family = ctx.compiled.knowledge.codes.families.find(
      (f) => f.derivable && f.organ === ctx.organ!.key,
    );
    const year = session.entity.props.year;
    if (family && year) {
      code = formatCode(family.canonical, { year: String(year), number: String(number), type: 'RES' });
      codeRule = family.id;
    }
  }
  // A file named by a known code family (CGPM-1960-RES-12.fr.md) wins over a code read or derived from
  // the text: the text's number may be combined with the wrong meeting (the first CGPM meeting it names).
  const fromFile = codeFromFileName(source, ctx.compiled.knowledge);
  if (code && fromFile && fromFile.kind === 'Resolution' && fromFile.code !== code) {
    ctx.warnings.push({
      code: 'CODE_MISMATCH',
      message: `Text says ${code}, file name says ${fromFile.code}; the file name's code is kept`,
    });
    code = undefined;
  }
  if (!code && fromFile?.kind === 'Resolution') {
    code = fromFile.code;
    codeRule = fromFile.family.id;
    number ??= fromFile.groups.number ? Number(fromFile.groups.number) : undefined;
  }
  if (!code && opening) {
    const derived = derivedCode(ctx, head, opening);
    if (derived) {
      code = derived.code;
      codeRule = ctx.compiled.knowledge.codes.derived?.id;
      number ??= derived.number;
    }
  }
  const hasClauses = ctx.segments.some((s) => s.verb);
  if (title) ctx.hits.push({ rule, value: title.title });
  if (!code) {
    if (!hasClauses && number === undefined && !title) return null;
    code = `UNCODED-${sha256.slice(0, 12)}`;
    codeRule = rule;
    ctx.warnings.push({ code: 'NO_CODE', message: 'No document code in the text or the file name' });
  }
  if (printed) {
    const groups = scanCodes(printed.entity.code ?? '', ctx.compiled.knowledge)[0]?.groups;
    if (number === undefined && groups?.number) number = Number(groups.number);
  }
  const resolution = documentEntity(ctx, 'Resolution', code, code);
  const props = resolution.props;
  props.language = ctx.language;
  if (number !== undefined) props.number = number;
  if (title) {
    props.title = title.title;
    resolution.labels[ctx.language] = title.title;
  }
  if (ctx.organ) props.organ = ctx.organ.names.en?.[0] ?? ctx.organ.key;
  const status = ctx.segments.find((s) => s.function === 'status');
  props.status = status ? 'adopted' : 'unknown';
  if (status) ctx.hits.push({ rule: status.rule, value: 'adopted' });
  ctx.hits.push({ rule: codeRule ?? rule, value: code });

  // Opening formula: place and dates of the adopting session.
  if (opening && session) {
    // "réunie en sa 83e session à Monaco du 3 au 7 novembre 2014" or "meeting in Dubai from 18 to 21
    // November 2018 at its 87th session": place and dates may come before or after the session.
    const place = placeIn(ctx, opening.t0, opening.t1);
    const dates = firstDate(ctx, opening.t0, opening.t1);
    if (place) session.entity.props.place = place;
    if (dates) {
      session.entity.props.startDate = dates.start;
      session.entity.props.endDate = dates.end;
      props.date = dates.end;
    }
    if (session.entity.props.year) props.year = session.entity.props.year;
  }
  // A closing line such as "72nd plenary meeting 9 December 2003" dates the adoption.
  let adoptionMeeting: Found | undefined;
  for (const segment of ctx.segments) {
    if (segment.function !== 'other' && segment.function !== 'status') continue;
    const meeting = mentionsIn(ctx, segment.t0, segment.t1).find((f) => f.entity.kind === 'Meeting');
    if (!meeting) continue;
    segment.function = 'status';
    adoptionMeeting = meeting;
    const date = firstDate(ctx, meeting.t1, segment.t1);
    if (date) {
      meeting.entity.props.date = date.end;
      props.date ??= date.end;
    }
    if (!status) props.status = 'adopted';
  }
  if (props.date) props.year ??= Number(props.date.slice(0, 4));
  const codeSession = session || adoptionMeeting ? undefined : sessionOfCode(ctx, resolution, printed);
  if (!session && !adoptionMeeting && !codeSession) {
    ctx.warnings.push({ code: 'NO_SESSION', message: `No adopting session or meeting found for ${code}` });
  }
  const codeClause = printed ? ctx.clauseOf[printed.t0]! : (head[0]?.index ?? 0);
  return { resolution, codeClause, session, adoptionMeeting };
}

export { ordinalAt };
