import type { Compiled } from '../knowledge/compile.js';
import type { AliasEntry } from '../knowledge/schema.js';
import { bodyKey, plainKey } from './keys.js';

export interface AliasTarget {
  entry: AliasEntry;
  /** The canonical key (built from the entry's first name). */
  key: string;
  bodyType?: string;
}

const tables = new WeakMap<Compiled, Map<string, AliasTarget>>();

function keyOf(compiled: Compiled, kind: string, name: string): { key: string; bodyType?: string } | null {
  if (kind === 'Body') {
    const k = bodyKey(name, compiled, 'other');
    return k ? { key: k.key, bodyType: k.bodyType } : null;
  }
  const words = plainKey(name, compiled, ['conference', 'conférence', 'conferencia']);
  return words ? { key: words } : null;
}

/** Curated alias entries indexed by every key their names build, so all of them map to one canonical key. */
function table(compiled: Compiled): Map<string, AliasTarget> {
  let t = tables.get(compiled);
  if (t) return t;
  t = new Map();
  for (const entry of compiled.knowledge.aliases) {
    const names = [...(entry.names.en ?? []), ...(entry.names.fr ?? []), ...(entry.names.es ?? [])];
    const canonical = names.map((n) => keyOf(compiled, entry.kind, n)).find((k) => k !== null);
    if (!canonical) continue;
    for (const name of names) {
      const k = keyOf(compiled, entry.kind, name);
      if (k) t.set(`${entry.kind}|${k.key}`, { entry, key: canonical.key, bodyType: canonical.bodyType });
    }
  }
  tables.set(compiled, t);
  return t;
}

/** The curated entry whose names build this key, if any. */
export function aliasFor(compiled: Compiled, kind: string, key: string): AliasTarget | undefined {
  return table(compiled).get(`${kind}|${key}`);
}

/** The curated entry that lists this acronym, if any. */
export function aliasByAcronym(compiled: Compiled, acronym: string): AliasTarget | undefined {
  for (const target of table(compiled).values()) if (target.entry.acronyms.includes(acronym)) return target;
  return undefined;
}
