import type { NodeProps } from '../../model/index.js';
import type { AddresseeGroup, OrganizationEntry } from '../knowledge/schema.js';
import type { Context, Entity } from '../types.js';
import { aliasFor } from './aliases.js';
import { bodyKey, plainKey } from './keys.js';
import { idFor } from './mentions.js';

/** Entity constructors: every id in the graph is built here (see docs/extraction.md). */

export function organizationEntity(ctx: Context, entry: OrganizationEntry, written: string): Entity {
  const names = Object.values(entry.names).flat() as string[];
  return {
    id: idFor(ctx, entry.kind, entry.key),
    kind: entry.kind,
    name: entry.names.en?.[0] ?? names[0] ?? written,
    language: ctx.language,
    acronym: entry.acronyms[0],
    aliases: [...new Set([written, ...names, ...entry.acronyms])],
    props: entry.acronyms[0] ? { acronym: entry.acronyms[0] } : {},
    labels: Object.fromEntries(
      Object.entries(entry.names).flatMap(([lang, list]) => (list?.[0] ? [[lang, list[0]]] : [])),
    ),
  };
}

export function addresseeEntity(ctx: Context, group: AddresseeGroup, written: string): Entity {
  const english = ctx.compiled.knowledge.lexicons
    .find((l) => l.language === 'en')
    ?.addressees.find((a) => a.key === group.key)?.names[0];
  return {
    id: idFor(ctx, 'AddresseeGroup', group.key),
    kind: 'AddresseeGroup',
    name: english ?? written,
    language: ctx.language,
    aliases: [written],
    props: {},
    labels: { [ctx.language]: ctx.language === 'en' && english ? english : written },
  };
}

export function bodyEntity(ctx: Context, name: string, fallbackType: string): Entity | null {
  const key = bodyKey(name, ctx.compiled, fallbackType);
  if (!key) return null;
  const alias = aliasFor(ctx.compiled, 'Body', key.key);
  const props: NodeProps = { bodyType: alias?.bodyType ?? key.bodyType };
  const entity: Entity = {
    id: idFor(ctx, 'Body', alias?.key ?? key.key),
    kind: 'Body',
    name,
    language: ctx.language,
    aliases: [name],
    props,
    labels: { [ctx.language]: name },
  };
  if (alias) applyAlias(entity, alias.entry);
  return entity;
}

export function conferenceEntity(
  ctx: Context,
  name: string,
  ordinal: number | undefined,
  head: string[],
): Entity | null {
  const words = plainKey(name.replace(/^\S*\d\S*\s+/, ''), ctx.compiled, head);
  if (!words) return null;
  const alias = aliasFor(ctx.compiled, 'Conference', words);
  const entity: Entity = {
    id: idFor(ctx, 'Conference', ordinal ? `${ordinal}:${words}` : words),
    kind: 'Conference',
    name,
    language: ctx.language,
    aliases: [name],
    props: ordinal ? { ordinal } : {},
    labels: { [ctx.language]: name },
  };
  if (alias) applyAlias(entity, alias.entry, ordinal);
  return entity;
}

export function genericOrganizationEntity(ctx: Context, name: string, acronym: string): Entity {
  return {
    id: idFor(ctx, 'Organization', acronym.toLowerCase()),
    kind: 'Organization',
    name,
    language: ctx.language,
    acronym,
    aliases: [name, acronym],
    props: { acronym },
    labels: { [ctx.language]: name },
  };
}

/** An organisation found by its name alone ("World Meteorological Organization"): keyed by its content words. */
export function namedOrganizationEntity(ctx: Context, name: string): Entity | null {
  const key = plainKey(name, ctx.compiled);
  if (!key) return null;
  return {
    id: idFor(ctx, 'Organization', key),
    kind: 'Organization',
    name,
    language: ctx.language,
    aliases: [name],
    props: {},
    labels: { [ctx.language]: name },
  };
}

export function documentEntity(ctx: Context, kind: string, code: string, written: string): Entity {
  return {
    id: idFor(ctx, kind, code),
    kind,
    name: code,
    code,
    language: ctx.language,
    aliases: written === code ? [] : [written],
    props: { code },
    labels: {},
  };
}

/** Curated names: English label first, every name and acronym as an alias. */
export function applyAlias(
  entity: Entity,
  entry: import('../knowledge/schema.js').AliasEntry,
  ordinal?: number,
) {
  const prefix = ordinal ? `${englishOrdinalPrefix(ordinal)} ` : '';
  for (const [lang, names] of Object.entries(entry.names)) {
    const first = names?.[0];
    if (first && lang !== entity.language) entity.labels[lang as 'en'] ??= `${prefix}${first}`;
    for (const n of names ?? []) entity.aliases.push(`${prefix}${n}`);
  }
  if (entry.names.en?.[0]) entity.name = `${prefix}${entry.names.en[0]}`;
  for (const acronym of entry.acronyms) entity.aliases.push(acronym);
  entity.acronym ??= entry.acronyms[0];
  if (entity.acronym) entity.props.acronym = entity.acronym;
}

function englishOrdinalPrefix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
