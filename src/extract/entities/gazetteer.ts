import type { GazetteerHit } from '../knowledge/compile.js';
import type { Context, Entity } from '../types.js';
import { addresseeEntity, organizationEntity } from './make.js';
import { addMention } from './mentions.js';

const NON_ENTITY: Omit<Entity, 'name' | 'language'> = {
  id: '',
  kind: '',
  aliases: [],
  props: {},
  labels: {},
};

function pick(ctx: Context, hits: readonly GazetteerHit[]): GazetteerHit | undefined {
  const usable = hits.filter(
    (h) =>
      h.type !== 'context' ||
      (ctx.institution !== undefined && h.organization?.institution === ctx.institution),
  );
  const rank = (h: GazetteerHit) => (h.type === 'organization' ? 0 : h.type === 'nonentity' ? 1 : 2);
  return usable.sort((a, b) => rank(a) - rank(b))[0];
}

/** Known organisations, organs (context names), addressee groups, acronyms; masks non-entities. */
export function findGazetteerNames(ctx: Context): void {
  const { tokens, compiled } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0 || tokens[i]!.kind === 'punct') continue;
    const match = compiled.gazetteer.match(tokens, i);
    const hit = match ? pick(ctx, match.values) : undefined;
    if (match && hit) {
      const t1 = i + match.length;
      const written = ctx.view.text.slice(tokens[i]!.start, tokens[t1 - 1]!.end).replace(/\s+/g, ' ');
      // Organisation names are proper names: "Union internationale..." yes, "union" in a sentence no.
      if (hit.type !== 'addressee' && hit.type !== 'nonentity' && !tokens[i]!.cap) continue;
      const entity =
        hit.type === 'addressee'
          ? addresseeEntity(ctx, hit.addressee!, written)
          : hit.type === 'nonentity'
            ? { ...NON_ENTITY, name: written, language: ctx.language }
            : organizationEntity(ctx, hit.organization!, written);
      if (addMention(ctx, entity, i, t1, hit.rule)) i = t1 - 1;
      continue;
    }
    const acronym = compiled.acronyms.get(tokens[i]!.text);
    if (acronym?.organization)
      addMention(ctx, organizationEntity(ctx, acronym.organization, tokens[i]!.text), i, i + 1, acronym.rule);
  }
}
