/**
 * Finds which planted node an extracted node stands for: by code (resolutions, reports), by name, label,
 * alias or acronym (bodies, organs, conferences), or by ordinal and year (sessions, meetings).
 */
import type { GraphNode } from '../../src/model/index.js';
import type { PlantedNode } from '../generate/index.js';
import { codeKey, nameKey } from './normalise.js';

const yearOf = (node: GraphNode): number | undefined => {
  const p = node.props;
  const date = p.startDate ?? p.date ?? p.endDate;
  if (typeof date === 'string' && /^\d{4}/.test(date)) return Number(date.slice(0, 4));
  return typeof p.year === 'number' ? p.year : undefined;
};

/** Which institution a session node belongs to, from its name, organ or aliases. */
function familyOf(node: GraphNode): 'interpol' | 'cgpm' | 'un' | undefined {
  const text = nameKey(
    [node.name, node.props.organ ?? '', ...node.aliases, ...Object.values(node.labels)].join(' '),
  );
  if (/interpol|o i p c|icpo/.test(text)) return 'interpol';
  if (/cgpm|poids et mesures|weights and measures|conference generale|general conference/.test(text))
    return 'cgpm';
  if (/plenary|pleniere|united nations|nations unies|general assembly|assemblee generale/.test(text))
    return 'un';
  return undefined;
}

export class PlantedIndex {
  private readonly byCode = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly sessions = new Map<string, PlantedNode>();

  constructor(nodes: Iterable<PlantedNode>) {
    for (const node of nodes) {
      for (const code of node.codes ?? []) this.byCode.set(codeKey(code), node.key);
      for (const name of [...(node.names ?? []), ...(node.acronym ? [node.acronym] : [])]) {
        const key = nameKey(name);
        // A name two planted entities share identifies neither.
        if (this.byName.has(key) && this.byName.get(key) !== node.key) this.byName.set(key, '');
        else this.byName.set(key, node.key);
      }
      if (node.kind === 'Session' || node.kind === 'Meeting') this.sessions.set(node.key, node);
    }
  }

  /** The planted key of an extracted node, or undefined when it matches none. */
  match(node: GraphNode): string | undefined {
    for (const code of [
      node.code,
      ...(node.kind === 'Resolution' || node.kind === 'Report' ? node.aliases : []),
    ]) {
      if (!code) continue;
      const hit = this.byCode.get(codeKey(code));
      if (hit) return hit;
    }
    if (node.kind === 'Session' || node.kind === 'Meeting') return this.matchSession(node);
    const names = [node.name, node.acronym, ...node.aliases, ...Object.values(node.labels)];
    for (const name of names) {
      if (!name) continue;
      const hit = this.byName.get(nameKey(name));
      if (hit) return hit;
    }
    return undefined;
  }

  private matchSession(node: GraphNode): string | undefined {
    const ordinal = node.props.ordinal;
    if (typeof ordinal !== 'number') return undefined;
    const year = yearOf(node);
    const family = familyOf(node);
    const candidates = [`Session:interpol:${ordinal}`, `Session:cgpm:${ordinal}`, `Session:un:${ordinal}`];
    if (year !== undefined) candidates.push(`Meeting:un:${year - 1945}:${ordinal}`);
    const fits = candidates
      .map((key) => this.sessions.get(key))
      .filter((s): s is PlantedNode => !!s)
      .filter((s) => (family ? s.key.includes(`:${family}:`) : true))
      .filter((s) => (year !== undefined ? s.year === year : true));
    return fits.length === 1 ? fits[0]?.key : undefined;
  }
}
