import type { Context } from '../types.js';
import { mentionsIn } from './mentions.js';

const OPEN = new Set(['«', '"', '“', '„']);
const CLOSE = new Set(['»', '"', '”', '“']);

/** "le rapport AG-2012-RAP-22 intitulé « ... »": the title of a document; bodies it names are its subject (ABOUT). */
export function findTitles(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.entitled.id;
  for (const found of [...ctx.found]) {
    if ((found.entity.kind !== 'Report' && found.entity.kind !== 'Resolution') || found.inside !== undefined)
      continue;
    let j = found.t1;
    if (tokens[j]?.text === ',') j++;
    if (!lexicon.entitled.has(tokens[j]?.fold ?? '')) continue;
    j++;
    if (!OPEN.has(tokens[j]?.text ?? '')) continue;
    const open = j;
    let close = -1;
    for (let k = open + 1; k < Math.min(tokens.length, open + 80); k++) {
      if (CLOSE.has(tokens[k]!.text)) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    const title = ctx.view.text.slice(tokens[open]!.end, tokens[close]!.start).replace(/\s+/g, ' ').trim();
    if (!title) continue;
    found.entity.props.title ??= title;
    found.entity.labels[ctx.language] ??= title;
    ctx.hits.push({ rule, value: title });
    const clause = ctx.clauseOf[found.t0]!;
    for (const subject of mentionsIn(ctx, open + 1, close)) {
      subject.consumed = true;
      if (!subject.entity.kind) continue;
      ctx.facts.push({
        type: 'ABOUT',
        from: found.entity,
        to: subject.entity,
        clause,
        start: found.start,
        end: tokens[close]!.end,
        rule,
      });
    }
  }
}
