import { formatCode, scanCodes } from '../codes.js';
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

/** Document codes in every accepted spelling, and code-less references ("Resolution 2 of the 20th General Conference"). */
export function findDocuments(ctx: Context): void {
  const { view, tokens } = ctx;
  const span = (start: number, end: number) => [tokenAt(tokens, start), tokenAt(tokens, end)] as const;
  for (const compiled of ctx.compiled.references) {
    if (ctx.institution !== compiled.family.institution) continue;
    compiled.regex.lastIndex = 0;
    for (let m = compiled.regex.exec(view.text); m; m = compiled.regex.exec(view.text)) {
      const groups = m.groups ?? {};
      const organ = ctx.compiled.organizations.get(compiled.family.organ);
      const ordinal = groups.ordinal ? parseOrdinal(groups.ordinal, ctx) : null;
      const year =
        groups.year ?? (ordinal !== null ? organ?.sessionYears?.[String(ordinal)]?.toString() : undefined);
      // Every group the canonical form needs must be known ("Resolution 2 of the General Conference" is not).
      const needsYear = compiled.family.canonical.includes('{year');
      if ((needsYear && !year) || !groups.number) continue;
      const code = formatCode(compiled.family.canonical, {
        ...groups,
        ...(year ? { year } : {}),
        type: 'RES',
      });
      const [t0, t1] = span(m.index, m.index + m[0].length);
      const entity = documentEntity(ctx, 'Resolution', code, m[0]);
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
