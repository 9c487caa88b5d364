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

/**
 * The resolution numbers of a reference match with their end offsets in the text: the `number` group, or
 * every number of a `numbers` list ("Resolutions 8 and 9", « Résolutions 8 et 9 »).
 */
function numbersIn(m: RegExpExecArray, groups: Record<string, string | undefined>) {
  if (groups.number) return [{ number: groups.number, end: m.index + m[0].length }];
  if (!groups.numbers) return [];
  const listAt = m.index + m[0].lastIndexOf(groups.numbers);
  return [...groups.numbers.matchAll(/\d+/g)].map((n) => ({
    number: n[0],
    end: listAt + n.index + n[0].length,
  }));
}

/** Document codes in every accepted spelling, and code-less references ("Resolution 2 of the 20th General Conference"). */
export function findDocuments(ctx: Context): void {
  const { view, tokens } = ctx;
  const span = (start: number, end: number) => [tokenAt(tokens, start), tokenAt(tokens, end)] as const;
  for (const compiled of ctx.compiled.references) {
    if (ctx.institution !== compiled.family.institution) continue;
    compiled.regex.lastIndex = 0;
    for (let m = compiled.regex.exec(view.text); m; m = compiled.regex.exec(view.text)) {
      const groups = mergedGroups(m.groups ?? {});
      const organ = ctx.compiled.organizations.get(compiled.family.organ);
      const ordinal = groups.ordinal ? parseOrdinal(groups.ordinal, ctx) : null;
      const calendar = organ?.sessionYears;
      const ordinalYear = ordinal !== null ? calendar?.[String(ordinal)]?.toString() : undefined;
      // A printed year must agree with the numbered session, and a year alone must be a session year:
      // a wrong year would make an edge to another resolution.
      if (groups.year && ordinalYear && groups.year !== ordinalYear) continue;
      if (groups.year && !ordinalYear && calendar && !Object.values(calendar).includes(Number(groups.year)))
        continue;
      const year = groups.year ?? ordinalYear;
      // Every group the canonical form needs must be known ("Resolution 2 of the General Conference" is not).
      const needsYear = compiled.family.canonical.includes('{year');
      const numbers = numbersIn(m, groups);
      if ((needsYear && !year) || !numbers.length) continue;
      numbers.forEach(({ number, end }, i) => {
        const code = formatCode(compiled.family.canonical, {
          ...groups,
          number,
          ...(year ? { year } : {}),
          type: 'RES',
        });
        // One number takes the whole phrase; in a list the first takes the phrase up to it, the next ones
        // ("Resolutions 8 and 9") their digits.
        const from = i === 0 ? m.index : end - number.length;
        const [t0, t1] = span(from, end);
        const entity = documentEntity(ctx, 'Resolution', code, view.text.slice(from, end));
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
      });
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
