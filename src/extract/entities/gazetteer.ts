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

/**
 * A short form ("le Comité international") names an organ of an institution when the document belongs to
 * that institution, or once it has named one of that institution's organisations in full
 * ("Le Comité international des poids et mesures, … invite le Comité international à …").
 */
function contextApplies(ctx: Context, institution: string | undefined): boolean {
  if (institution === undefined) return false;
  if (ctx.institution === institution) return true;
  return ctx.found.some((f) => {
    const key = f.entity.id.slice(f.entity.id.indexOf(':') + 1);
    const organization = ctx.compiled.organizations.get(key);
    return organization?.institution === institution && f.entity.kind === organization.kind;
  });
}

function pick(ctx: Context, hits: readonly GazetteerHit[]): GazetteerHit | undefined {
  const usable = hits.filter((h) => h.type !== 'context' || contextApplies(ctx, h.organization?.institution));
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
