import type { OrganizationEntry } from '../knowledge/schema.js';
import { englishOrdinal, ordinalAt } from '../ordinals.js';
import type { Context, Entity, Found } from '../types.js';
import { addMention, idFor } from './mentions.js';

/** The Session node of an organ's numbered sitting ("83rd session of the ...", "27th meeting of the CGPM"). */
export function sessionEntity(
  ctx: Context,
  organ: OrganizationEntry,
  ordinal: number,
  written: string,
): Entity {
  const word = organ.sessionWords?.en?.[0] ?? 'session';
  const organName = organ.acronyms[0] ?? organ.names.en?.[0] ?? organ.key;
  const name = `${englishOrdinal(ordinal)} ${word} of the ${organName}`;
  const year = organ.sessionYears?.[String(ordinal)];
  return {
    id: idFor(ctx, 'Session', `${organ.key}-${ordinal}`),
    kind: 'Session',
    name,
    language: ctx.language,
    aliases: written && written !== name ? [written] : [],
    props: { ordinal, organ: organ.names.en?.[0] ?? organ.key, ...(year ? { year } : {}) },
    labels: { en: name, ...(ctx.language !== 'en' && written ? { [ctx.language]: written } : {}) },
  };
}

function organOf(found: Found | null, ctx: Context): OrganizationEntry | undefined {
  if (found?.entity.kind !== 'Organization') return undefined;
  const key = found.entity.id.slice(found.entity.id.indexOf(':') + 1);
  const organ = ctx.compiled.organizations.get(key);
  return organ?.sessionWords ? organ : undefined;
}

/**
 * Whether an organ's own numbered sitting can carry this ordinal. "its 102nd meeting" in a CGPM text may be
 * the CIPM's (which meets yearly): an ordinal outside a known session calendar is not the document organ's.
 */
function inCalendar(organ: OrganizationEntry, ordinal: number): boolean {
  return !organ.sessionYears || organ.sessionYears[String(ordinal)] !== undefined;
}

function outermostAt(ctx: Context, t: number): Found | null {
  const owner = ctx.owner[t] ?? -1;
  if (owner < 0) return null;
  const found = ctx.found[owner]!;
  return found.t0 === t ? found : null;
}

/**
 * Sessions, meetings and plenary meetings:
 *  "20th General Conference", "the 23rd meeting of the CGPM", "its 25th meeting", "sa 68ème session" -> Session;
 *  "réunions du Groupe de travail CMII", "2nd meeting of the Eurasian Working Group" -> Meeting PART_OF the body;
 *  "72nd plenary meeting" -> Meeting of the document's organ.
 */
export function findMeetings(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.meetings.id;
  const text = (a: number, b: number) =>
    ctx.view.text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0) continue;
    const ordinal = ordinalAt(tokens, i, lexicon);
    let w = ordinal ? i + ordinal.length : i;
    // "en la 277a. sesión": an abbreviated ordinal with its period.
    if (ordinal && tokens[w]?.text === '.' && tokens[w + 1]?.kind === 'word' && !tokens[w + 1]!.cap) w++;
    if (ordinal) ctx.hits.push({ rule: ordinal.rule, value: String(ordinal.value) });
    // Ordinal + organ: "La 20e Conférence générale des poids et mesures".
    const organ = ordinal ? organOf(outermostAt(ctx, w), ctx) : undefined;
    if (ordinal && organ) {
      const organMention = outermostAt(ctx, w)!;
      addMention(
        ctx,
        sessionEntity(ctx, organ, ordinal.value, text(i, organMention.t1)),
        i,
        organMention.t1,
        rule,
      );
      continue;
    }
    const plenary = ordinal ? lexicon.plenary.match(tokens, w) : null;
    if (ordinal && plenary && ctx.organ) {
      const end = w + plenary.length;
      const name = text(i, end);
      addMention(
        ctx,
        {
          id: idFor(
            ctx,
            'Meeting',
            `${ctx.organ.key}${ctx.sessionOrdinal ? `-${ctx.sessionOrdinal}` : ''}:plenary-${ordinal.value}`,
          ),
          kind: 'Meeting',
          name,
          language: ctx.language,
          aliases: [name],
          props: { ordinal: ordinal.value },
          labels: { [ctx.language]: name },
        },
        i,
        end,
        rule,
      );
      continue;
    }
    const word = tokens[w];
    if (word?.kind !== 'word') continue;
    const isSitting = lexicon.sittingWords.has(word.fold);
    const isMeeting = lexicon.meetingWords.has(word.fold);
    const isSession = ordinal !== null && lexicon.sessionWords.has(word.fold);
    if (!isMeeting && !isSession && !(ordinal && isSitting)) continue;
    const of = lexicon.ofWords.match(tokens, w + 1);
    const owner = of ? outermostAt(ctx, w + 1 + of.length) : null;
    const ownerOrgan = organOf(owner, ctx);
    // "refer the question to the General Assembly at its twenty-sixth session": the organ named before the
    // possessive, else the document's organ when it has a calendar of sittings.
    const possessive = !owner && lexicon.possessives.has(tokens[i - 1]?.fold ?? '');
    const namedBefore = possessive ? organBefore(ctx, i) : null;
    const possessiveOrgan = namedBefore
      ? organOf(namedBefore, ctx)
      : ctx.organ?.sessionWords
        ? ctx.organ
        : undefined;
    if (
      isSession &&
      ordinal &&
      (ownerOrgan || (possessive && possessiveOrgan && inCalendar(possessiveOrgan, ordinal.value)))
    ) {
      const target = ownerOrgan ?? possessiveOrgan!;
      const end = ownerOrgan ? owner!.t1 : w + 1;
      // "the CGPM at its 26th meeting": the organ named just before the possessive belongs to the session.
      const before = i >= 3 && !ownerOrgan ? (outermostAt(ctx, i - 3) ?? null) : null;
      const named = before && before.t1 === i - 2 && organOf(before, ctx)?.key === target.key ? before.t0 : i;
      addMention(ctx, sessionEntity(ctx, target, ordinal.value, text(named, end)), named, end, rule);
      continue;
    }
    if (ordinal && (isSession || isSitting) && sittingOfAnyOrgan(ctx, i, w, ordinal.value, owner, isSitting))
      continue;
    if (isMeeting && owner && (owner.entity.kind === 'Body' || owner.entity.kind === 'Conference')) {
      const key = owner.entity.id.slice(owner.entity.id.indexOf(':') + 1);
      const written = text(i, owner.t1);
      // An English label from the body's English name, so both language versions display alike.
      const bodyName = owner.entity.labels.en ?? (ctx.language === 'en' ? owner.entity.name : undefined);
      const english = bodyName
        ? `${ordinal ? `${englishOrdinal(ordinal.value)} meeting` : 'meetings'} of the ${bodyName}`
        : undefined;
      const meeting: Entity = {
        id: idFor(ctx, 'Meeting', ordinal ? `${ordinal.value}:${key}` : key),
        kind: 'Meeting',
        name: english ?? written,
        language: ctx.language,
        aliases: [written],
        props: ordinal ? { ordinal: ordinal.value } : {},
        labels: { ...(english ? { en: english } : {}), [ctx.language]: written },
      };
      const found = addMention(ctx, meeting, i, owner.t1, rule);
      if (found) {
        const clause = ctx.clauseOf[i]!;
        ctx.facts.push({
          type: 'PART_OF',
          from: meeting,
          to: owner.entity,
          clause,
          start: found.start,
          end: found.end,
          rule,
        });
      }
    }
  }
}

const isOrgan = (f: Found | null | undefined): f is Found =>
  !!f && (f.entity.kind === 'Organization' || f.entity.kind === 'Body');

/**
 * The organ a possessive sitting belongs to ("the Security Council at its 3055th meeting", « Le Comité
 * intergouvernemental, lors de sa quatorzième session »): the organ named just before the possessive's
 * preposition, else the organ of the opening formula.
 */
function organBefore(ctx: Context, i: number): Found | null {
  // "at its", « à sa », « lors de sa », "en su": the organ ends before the preposition.
  const p = i - 1;
  for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
    const owner = ctx.owner[k] ?? -1;
    if (owner < 0) continue;
    const found = ctx.found[owner]!;
    if (isOrgan(found) && found.t1 === k + 1 && ctx.clauseOf[k] === ctx.clauseOf[i]) return found;
    break;
  }
  return null;
}

/** The organ of the opening formula ("The Security Council,"), if one is named there. */
function openingOrgan(ctx: Context): Found | null {
  // The enacting formula ("The Security Council,"), also when a verb-led adoption line before it kept it
  // from being read as the opening.
  const opening = ctx.segments.find(
    (s) =>
      s.function === 'opening' ||
      (s.function === 'other' && /,\s*$/.test(ctx.view.text.slice(s.start, s.end)) && s.t1 - s.t0 <= 6),
  );
  if (!opening) return null;
  const organ = ctx.found.find(
    (f) => f.inside === undefined && isOrgan(f) && f.t0 >= opening.t0 && f.t1 <= opening.t1,
  );
  return organ ?? null;
}

function possessiveOrgan(ctx: Context, i: number): Found | null {
  if (!ctx.lexicon.possessives.has(ctx.tokens[i - 1]?.fold ?? '')) return null;
  return organBefore(ctx, i) ?? openingOrgan(ctx);
}

/**
 * A numbered sitting of any organ, with or without a session calendar in the gazetteer: "the 14th session of
 * the Intergovernmental Committee", "at its 3055th meeting", « à sa 7853e séance », "en su decimocuarta
 * reunión". A sitting word ("meeting", « séance », "sesión") gives a Meeting, the other session words a
 * Session; either is PART_OF its organ. An organ with a calendar (`sessionWords` in the gazetteer) is read by
 * the rule above; a possessive in a document whose organ has a calendar that lacks the ordinal is left alone
 * ("its 102nd meeting" in a CGPM text is the CIPM's).
 */
function sittingOfAnyOrgan(
  ctx: Context,
  i: number,
  w: number,
  ordinal: number,
  owner: Found | null,
  isSitting: boolean,
): boolean {
  const { tokens, lexicon } = ctx;
  let organ: Found | null = null;
  let end = w + 1;
  // "la 2e réunion du Groupe de travail …": a body's meetings are read by the rule below.
  if (owner && owner.entity.kind === 'Body' && ctx.lexicon.meetingWords.has(tokens[w]!.fold)) return false;
  if (isOrgan(owner) && !organOf(owner, ctx)) {
    organ = owner;
    end = owner.t1;
  } else if (!owner) {
    if (ctx.organ?.sessionWords && lexicon.possessives.has(tokens[i - 1]?.fold ?? '')) return false;
    const possessive = possessiveOrgan(ctx, i) ?? (isAdoptionLine(ctx, i) ? openingOrgan(ctx) : null);
    if (possessive && !organOf(possessive, ctx)) organ = possessive;
  }
  if (!organ) return false;
  const rule = lexicon.source.meetings.id;
  // A body with an acronym names its sittings by it ("21st session of the CCTF" -> session:cctf-21).
  const acronym = organ.entity.kind === 'Body' ? organ.entity.acronym : undefined;
  const key = acronym ? acronym.toLowerCase() : organ.entity.id.slice(organ.entity.id.indexOf(':') + 1);
  const written = ctx.view.text.slice(tokens[i]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
  const organName = organ.entity.labels.en ?? (ctx.language === 'en' ? organ.entity.name : undefined);
  const kind = isSitting ? 'Meeting' : 'Session';
  const word = isSitting ? 'meeting' : 'session';
  const english = organName ? `${englishOrdinal(ordinal)} ${word} of the ${organName}` : undefined;
  const sitting: Entity = {
    id: idFor(ctx, kind, isSitting ? `${ordinal}:${key}` : `${key}-${ordinal}`),
    kind,
    name: english ?? written,
    language: ctx.language,
    aliases: [written],
    props: { ordinal, organ: organ.entity.name },
    labels: { [ctx.language]: written, ...(english ? { en: english } : {}) },
  };
  // The organ named before the possessive stays its own mention: the sitting covers the ordinal and its word.
  const found = addMention(ctx, sitting, i, end, rule);
  if (!found) return false;
  // "the decisions it adopted at its sixth session": the sitting dates an act, it is no object of the verb.
  found.consumed = true;
  ctx.facts.push({
    type: 'PART_OF',
    from: sitting,
    to: organ.entity,
    clause: ctx.clauseOf[i]!,
    start: Math.min(found.start, organ.start),
    end: Math.max(found.end, organ.end),
    rule,
  });
  markAdoptionLine(ctx, i);
  return true;
}

/**
 * "Adopted by the Security Council at its 3055th meeting, on 21 February 1992": a line that starts with an
 * adoption word and names a sitting is the adoption line (status), not an operative clause that approves.
 */
function isAdoptionLine(ctx: Context, t: number): boolean {
  const segment = ctx.segments[ctx.clauseOf[t]!];
  if (!segment || !['operative', 'other', 'header', 'status'].includes(segment.function)) return false;
  let k = segment.t0;
  while (k < segment.t1 && ctx.tokens[k]!.kind === 'punct') k++;
  return ctx.lexicon.adoption.has(ctx.tokens[k]?.fold ?? '');
}

function markAdoptionLine(ctx: Context, t: number): void {
  if (!isAdoptionLine(ctx, t)) return;
  const segment = ctx.segments[ctx.clauseOf[t]!]!;
  segment.function = 'status';
  segment.verb = undefined;
}
