import type { Token } from '../text/tokens.js';
import type { Context, Entity, Found } from '../types.js';
import { aliasByAcronym } from './aliases.js';
import { bodyEntity, genericOrganizationEntity, organizationEntity } from './make.js';
import { addMention } from './mentions.js';

/** "GEMC", "EC3", "ITU-R", "RMOs": two or more capitals, digits allowed, an optional plural "s". */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9-]*[A-Z0-9]s?$/;
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'on',
  'the',
  'in',
  'to',
  'de',
  'des',
  'du',
  'la',
  'le',
  "l'",
  "d'",
  'et',
]);

export function isAcronym(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && ACRONYM.test(token.text);
}

/** Capitalised words (with connectors) ending right before token `end`: "International Laboratory Accreditation Cooperation". */
function capitalisedRun(ctx: Context, end: number): number {
  const { tokens } = ctx;
  let j = end;
  let start = end;
  while (j > 0 && end - j < 16 && ctx.clauseOf[j - 1] === ctx.clauseOf[end - 1]) {
    const t = tokens[j - 1]!;
    if (ctx.owner[j - 1]! >= 0) break;
    if (t.kind === 'word' && (t.cap || t.upper)) {
      j--;
      start = j;
      continue;
    }
    if ((CONNECTORS.has(t.fold) || t.text === ',') && j - 1 > 0) {
      j--;
      continue;
    }
    break;
  }
  return start;
}

/** A parenthesised acronym after a name defines it: "(GEMC)", "(JCDCMAS)". Later uses resolve to the name. */
export function findAcronyms(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.grammar.id;
  const defined = new Map<string, Entity>();
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !isAcronym(tokens[k + 1])) continue;
    const acronym = tokens[k + 1]!.text;
    const previous = ctx.owner[k - 1]!;
    let entity: Entity | null = null;
    if (previous >= 0 && ctx.found[previous]!.t1 === k) {
      let found = ctx.found[previous]!;
      // "Conseil d'administration de l'Organisation internationale du travail (OIT)": the acronym is the
      // organisation's that ends the name, not the body's.
      const inner = ctx.found.find(
        (f) =>
          f.inside === previous &&
          f.t1 === k &&
          f.entity.kind === 'Organization' &&
          f.entity.acronym === acronym,
      );
      if (inner) found = inner;
      if (found.entity.kind === 'Body') {
        const before = found.entity;
        const bound = boundByAcronym(ctx, found, acronym);
        // Every other mention of the same name in this document follows the binding.
        if (bound !== before)
          for (const other of ctx.found) if (other.entity.id === before.id) other.entity = bound;
      }
      const named = found.entity;
      if (named.kind === 'Body' || named.kind === 'Organization' || named.kind === 'Conference')
        entity = named;
    } else if (previous < 0) {
      const start = capitalisedRun(ctx, k);
      const words = tokens.slice(start, k).filter((t) => t.kind === 'word');
      if (words.length >= 2) {
        const name = ctx.view.text.slice(tokens[start]!.start, tokens[k - 1]!.end).replace(/\s+/g, ' ');
        const first = words[0]!.fold;
        const last = words[words.length - 1]!.fold;
        const lower = ` ${words.map((w) => w.fold).join(' ')} `;
        const bodyTerm = lexicon.bodyTerms.some(
          (term) => term.kind === 'Body' && lower.includes(` ${term.words.join(' ')} `),
        );
        if (lexicon.organizationHeads.has(last) || (bodyTerm && lexicon.internationalMarkers.has(first))) {
          entity = genericOrganizationEntity(ctx, name, acronym.replace(/s$/, ''));
        } else if (bodyTerm) {
          // A body needs a body-type word; "Coordinated Universal Time (UTC)" has none.
          entity = bodyEntity(ctx, name, 'other');
        }
        if (entity) addMention(ctx, entity, start, k, rule);
      }
    }
    if (!entity) continue;
    if (!entity.acronym) {
      entity.acronym = acronym;
      entity.props.acronym = acronym;
    }
    if (!entity.aliases.includes(acronym)) entity.aliases.push(acronym);
    defined.set(acronym, entity);
    if (ctx.owner[k + 1]! < 0) addMention(ctx, entity, k + 1, k + 2, rule);
  }
  // Later bare uses of a defined (or curated) acronym: "au GEMC", "pour le GEMC".
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0 || !isAcronym(tokens[i])) continue;
    const entity = defined.get(tokens[i]!.text) ?? curated(ctx, tokens[i]!.text);
    if (entity) addMention(ctx, entity, i, i + 1, rule);
  }
}

function curated(ctx: Context, acronym: string): Entity | null {
  const target = aliasByAcronym(ctx.compiled, acronym);
  const name = target?.entry.names.en?.[0] ?? target?.entry.names.fr?.[0];
  if (!target || !name || target.entry.kind !== 'Body') return null;
  return bodyEntity(ctx, name, target.bodyType ?? 'other');
}

/**
 * "the International Commission on Radiation Units and Measurements (ICRU)": the acronym in parentheses binds
 * the name to what the acronym designates, so a name written differently from the curated one (or in another
 * language: "Comité consultatif pour la masse et les grandeurs apparentées (CCM)") is still one entity. A
 * known organisation's acronym turns the body into that organisation; a curated body's acronym gives its key.
 */
function boundByAcronym(ctx: Context, found: Found, acronym: string): Entity {
  const written = found.entity.aliases[0] ?? found.entity.name;
  const organization = ctx.compiled.acronyms.get(acronym)?.organization;
  if (organization?.kind === 'Organization') return organizationEntity(ctx, organization, written);
  const target = aliasByAcronym(ctx.compiled, acronym);
  if (target?.entry.kind !== 'Body' || found.entity.id.endsWith(`:${target.key}`)) return found.entity;
  const bound = curated(ctx, acronym);
  if (!bound) return found.entity;
  if (!bound.aliases.includes(written)) bound.aliases.push(written);
  bound.labels[ctx.language] ??= written;
  return bound;
}
