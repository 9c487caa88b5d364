import { formatCode, mergedGroups, scanCodes } from '../codes.js';
import { tokenAt } from '../text/tokens.js';
import type { Context } from '../types.js';
import { documentEntity } from './make.js';
import { sessionEntity } from './meetings.js';
import { addMention } from './mentions.js';

function parseOrdinal(raw: string, ctx: Context): number | null {
  const digits = /^(\d{1,3})/.exec(raw);
  if (digits) return Number(digits[1]);
  const folded = raw.toLowerCase().replace(/\s+/g, ' ');
  for (const lexicon of ctx.compiled.knowledge.lexicons) {
    for (const [word, value] of Object.entries(lexicon.ordinals.words)) if (word === folded) return value;
  }
  return null;
}

/** The institution of genre-level families (ingest/codes.yaml): any document's. */
export const ANY_INSTITUTION = '*';
const ANY = ANY_INSTITUTION;

interface Cited {
  /** The reference's groups with this item's own (number, year …). */
  groups: Record<string, string | undefined>;
  start: number;
  end: number;
}

/**
 * The documents a reference match cites, each with its offsets in the text: one for a `number` group; each
 * number of a `numbers` list ("Resolutions 8 and 9", « Résolutions 8 et 9 »); each match of the reference's
 * `item` pattern inside its `items` group ("resolutions 713 (1991), 721 (1991) and 724 (1991)"). One cited
 * document takes the whole phrase; in a list the first takes the phrase up to its end, the last from its start
 * to the phrase's end ("… 9 of the 11th CGPM"), the others their own span. Group offsets come from the
 * regex's `d` flag (a number may recur in the phrase: "Resolution 1 of the 9th CGPM (1948)").
 */
function citedIn(
  m: RegExpExecArray,
  groups: Record<string, string | undefined>,
  item: RegExp | null,
): Cited[] {
  const phraseEnd = m.index + m[0].length;
  const spread = (list: Cited[]) =>
    list.map((c, i) => ({
      ...c,
      start: i === 0 ? m.index : c.start,
      end: i === list.length - 1 ? phraseEnd : c.end,
    }));
  const at = (name: string) => m.indices?.groups?.[name]?.[0];
  const itemsAt = at('items');
  if (item && groups.items && itemsAt !== undefined) {
    item.lastIndex = 0;
    return spread(
      [...groups.items.matchAll(item)].map((n) => ({
        groups: { ...groups, ...mergedGroups(n.groups ?? {}) },
        start: itemsAt + n.index,
        end: itemsAt + n.index + n[0].length,
      })),
    );
  }
  if (groups.number) return [{ groups, start: m.index, end: phraseEnd }];
  const numbersAt = at('numbers');
  if (!groups.numbers || numbersAt === undefined) return [];
  return spread(
    [...groups.numbers.matchAll(/\d+/g)].map((n) => ({
      groups: { ...groups, number: n[0] },
      start: numbersAt + n.index,
      end: numbersAt + n.index + n[0].length,
    })),
  );
}

/** Document codes in every accepted spelling, and code-less references ("Resolution 2 of the 20th General Conference"). */
export function findDocuments(ctx: Context): void {
  const { view, tokens } = ctx;
  const span = (start: number, end: number) => [tokenAt(tokens, start), tokenAt(tokens, end)] as const;
  for (const compiled of ctx.compiled.references) {
    // In its institution's documents a reference reads every spelling of its organ; elsewhere only a pattern
    // that names the organ applies, with its full names and acronyms ("Resolution 1 of the 14th CGPM").
    // A genre-level family (institution "*", ingest/codes.yaml) applies in every document.
    const local = ctx.institution === compiled.family.institution || compiled.family.institution === ANY;
    const regex = local ? compiled.regex : compiled.foreign;
    if (!regex) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(view.text); m; m = regex.exec(view.text)) {
      const organ = ctx.compiled.organizations.get(compiled.family.organ);
      const calendar = organ?.sessionYears;
      for (const cited of citedIn(m, mergedGroups(m.groups ?? {}), compiled.item)) {
        const { groups } = cited;
        const ordinal = groups.ordinal ? parseOrdinal(groups.ordinal, ctx) : null;
        const ordinalYear = ordinal !== null ? calendar?.[String(ordinal)]?.toString() : undefined;
        // A printed year must agree with the numbered session, and a year alone must be a session year:
        // a wrong year would make an edge to another resolution.
        if (groups.year && ordinalYear && groups.year !== ordinalYear) continue;
        if (groups.year && !ordinalYear && calendar && !Object.values(calendar).includes(Number(groups.year)))
          continue;
        const year = groups.year ?? ordinalYear;
        // Every group the canonical form needs must be known ("Resolution 2 of the General Conference" is not).
        if (compiled.family.canonical.includes('{year') && !year) continue;
        const code = formatCode(compiled.family.canonical, {
          ...groups,
          type: groups.type ?? 'RES',
          ...(year ? { year } : {}),
        });
        const [t0, t1] = span(cited.start, cited.end);
        const entity = documentEntity(ctx, 'Resolution', code, view.text.slice(cited.start, cited.end));
        const found = addMention(ctx, entity, t0, t1, compiled.reference.id);
        if (found && organ && ordinal !== null) {
          const session = sessionEntity(ctx, organ, ordinal, '');
          const clause = ctx.clauseOf[t0]!;
          ctx.facts.push({
            type: 'ADOPTED_AT',
            from: entity,
            to: session,
            clause,
            start: found.start,
            end: found.end,
            rule: compiled.reference.id,
          });
        }
      }
    }
  }
  for (const match of scanCodes(view.text, ctx.compiled.knowledge)) {
    const [t0, t1] = span(match.start, match.end);
    addMention(
      ctx,
      documentEntity(ctx, match.kind, match.code, view.text.slice(match.start, match.end)),
      t0,
      t1,
      match.family.id,
    );
  }
}
