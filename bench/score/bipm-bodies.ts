/**
 * Bodies on the BIPM archive: every text extracted on its own, nodes merged by id as a store would,
 * then Body/Organization nodes listed with duplicates (one real body under several ids), junk names and
 * the consultative committees that have an ESTABLISHES edge (and the texts stating it) or a SUCCEEDS edge (a rename
 * stated by the archive: the new name SUCCEEDS the old). Development figures (the rules were tuned on it).
 *
 *   npx tsx bench/score/bipm-bodies.ts [CORPUS_DIR] [--json]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/ingest/knowledge.js';
import type { Extraction, GraphEdge, GraphNode } from '../../src/model/index.js';
import { loadOntology } from '../../src/ontology/index.js';

/** The consultative committees of the CIPM with every acronym they have had. */
export const CONSULTATIVE_COMMITTEES: Record<string, string[]> = {
  CCAUV: ['CCAUV'],
  CCEM: ['CCEM', 'CCE'],
  CCL: ['CCL', 'CCDM'],
  CCM: ['CCM'],
  CCPR: ['CCPR'],
  CCQM: ['CCQM'],
  CCRI: ['CCRI', 'CCEMRI'],
  CCT: ['CCT'],
  CCTF: ['CCTF', 'CCDS'],
  CCU: ['CCU'],
};

/** A name is junk when it is not a plausible body name: cut words, verbs or line breaks inside, a bare head. */
export function junkReason(name: string): string | null {
  if (/\n/.test(name)) return 'line break inside';
  if (/(?<!\p{L})\p{Ll}{1,2}$/u.test(name) && !/(?<!\p{L})(of|de|du|des|la|le|et|and)$/u.test(name))
    return 'cut word at end';
  if (/\b(soient|sont|est|a|ont|pour les années|qui|que|which|is|are|was|were)\b/u.test(name))
    return 'verb or clause word inside';
  if (/(?<!\p{L})\p{Ll}+[^t](?:é|ée|és|ées)$/u.test(name) && !/(apparentées|appliquée)$/u.test(name))
    return 'ends on a participle';
  if (/[,;:]$|^[,;:]/.test(name)) return 'punctuation at an edge';
  if (/\b(of|for|on|de|du|des|pour|sur|and|et|the|la|le|les)$/iu.test(name)) return 'ends on a function word';
  return null;
}

export interface BodiesReport {
  files: number;
  bodies: number;
  organizations: number;
  duplicates: Array<{ acronym: string; ids: string[] }>;
  bodyAndOrganization: string[];
  junk: Array<{ id: string; name: string; reason: string }>;
  names: Array<{ id: string; name: string }>;
  established: Record<string, string[]>;
  /** Per CC, the texts whose extraction carries its ESTABLISHES edge. */
  establishedIn: Record<string, string[]>;
  /** Per CC, its SUCCEEDS edges (either end one of its ids) with the texts stating them. */
  succeeds: Record<string, Array<{ from: string; to: string; sources: string[] }>>;
}

export function scoreBodies(dir: string): BodiesReport {
  const knowledge = loadKnowledge();
  const ontology = loadOntology();
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const sources = new Map<string, Set<string>>();
  const files = readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.md'));
  for (const file of files) {
    const text = readFileSync(join(dir, 'texts', file), 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    let extraction: Extraction;
    try {
      extraction = extract({ text, source: file, sha256 }, knowledge, ontology);
    } catch {
      continue;
    }
    for (const n of extraction.nodes) {
      const seen = nodes.get(n.id);
      if (seen) seen.aliases = [...new Set([...seen.aliases, ...n.aliases])];
      if (seen && n.acronym && !seen.acronym) seen.acronym = n.acronym;
      if (!seen) nodes.set(n.id, { ...n, aliases: [...n.aliases] });
    }
    for (const e of extraction.edges) {
      edges.set(e.id, e);
      sources.set(e.id, (sources.get(e.id) ?? new Set()).add(file.replace(/\.md$/, '')));
    }
  }
  const bodies = [...nodes.values()].filter((n) => n.kind === 'Body');
  const organizations = [...nodes.values()].filter((n) => n.kind === 'Organization');
  // Duplicates: one acronym (as acronym or alias) carried by several Body/Organization ids.
  const byAcronym = new Map<string, Set<string>>();
  for (const n of [...bodies, ...organizations]) {
    const acronyms = new Set(
      [n.acronym, ...n.aliases].filter((a): a is string => !!a && /^[A-Z][A-Z0-9-]{1,9}$/.test(a)),
    );
    for (const a of acronyms) byAcronym.set(a, (byAcronym.get(a) ?? new Set()).add(n.id));
  }
  const duplicates = [...byAcronym]
    .filter(([, ids]) => ids.size > 1)
    .map(([acronym, ids]) => ({ acronym, ids: [...ids].sort() }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
  const bodyIds = new Set(bodies.flatMap((b) => [b.acronym, ...b.aliases].filter(Boolean)));
  const bodyAndOrganization = organizations
    .filter((o) => [o.acronym, ...o.aliases].some((a) => a && /^[A-Z]{2,}$/.test(a) && bodyIds.has(a)))
    .map((o) => o.id);
  const junk = bodies.flatMap((b) => {
    const names = [b.name, ...b.aliases.filter((a) => !/^[A-Z][A-Z0-9-]{1,9}$/.test(a))];
    for (const name of names) {
      const reason = junkReason(name);
      if (reason) return [{ id: b.id, name, reason }];
    }
    return [];
  });
  const established: Record<string, string[]> = {};
  const establishedIn: Record<string, string[]> = {};
  const succeeds: BodiesReport['succeeds'] = {};
  const sourcesOf = (e: GraphEdge) => [...(sources.get(e.id) ?? [])].sort();
  for (const [cc, acronyms] of Object.entries(CONSULTATIVE_COMMITTEES)) {
    const ids = [...nodes.values()]
      .filter((n) => acronyms.some((a) => n.acronym === a || n.aliases.includes(a)))
      .map((n) => n.id);
    established[cc] = [...edges.values()]
      .filter((e) => e.type === 'ESTABLISHES' && ids.includes(e.to))
      .map((e) => e.from)
      .sort();
    establishedIn[cc] = [
      ...new Set(
        [...edges.values()].filter((e) => e.type === 'ESTABLISHES' && ids.includes(e.to)).flatMap(sourcesOf),
      ),
    ].sort();
    succeeds[cc] = [...edges.values()]
      .filter((e) => e.type === 'SUCCEEDS' && (ids.includes(e.to) || ids.includes(e.from)))
      .map((e) => ({ from: e.from, to: e.to, sources: sourcesOf(e) }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  }
  return {
    names: bodies.map((b) => ({ id: b.id, name: b.name })).sort((a, b) => a.id.localeCompare(b.id)),
    files: files.length,
    bodies: bodies.length,
    organizations: organizations.length,
    duplicates,
    bodyAndOrganization,
    junk,
    established,
    establishedIn,
    succeeds,
  };
}

const invokedDirectly = process.argv[1]?.endsWith('bipm-bodies.ts');
if (invokedDirectly) {
  const dir =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(process.cwd(), '../shared/corpora/bipm');
  if (!existsSync(join(dir, 'texts'))) {
    console.error(`no BIPM corpus at ${dir} (expected ${join(dir, 'texts')})`);
    process.exit(2);
  }
  const report = scoreBodies(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `files ${report.files}, Body nodes ${report.bodies}, Organization nodes ${report.organizations}`,
    );
    console.log(`duplicates (one acronym, several ids): ${report.duplicates.length}`);
    for (const d of report.duplicates) console.log(`  ${d.acronym}: ${d.ids.join(', ')}`);
    console.log(`body also an Organization: ${report.bodyAndOrganization.join(', ') || 'none'}`);
    console.log(`junk bodies: ${report.junk.length}`);
    for (const j of report.junk) console.log(`  ${j.id} ${JSON.stringify(j.name)} (${j.reason})`);
    const covered = Object.entries(report.established).filter(([, r]) => r.length > 0);
    console.log(`CCs with ESTABLISHES: ${covered.length}/${Object.keys(report.established).length}`);
    for (const [cc, r] of Object.entries(report.established)) {
      const texts = report.establishedIn[cc] ?? [];
      console.log(`  ${cc}: ${r.join(', ') || '-'}${texts.length ? ` (stated in ${texts.join(', ')})` : ''}`);
    }
    const renamed = Object.entries(report.succeeds).filter(([, r]) => r.length > 0);
    console.log(
      `CCs with SUCCEEDS (a stated rename): ${renamed.length}/${Object.keys(report.succeeds).length}`,
    );
    for (const [cc, r] of renamed)
      for (const s of r)
        console.log(`  ${cc}: ${s.from} SUCCEEDS ${s.to} (stated in ${s.sources.join(', ')})`);
    if (process.argv.includes('--names'))
      for (const n of report.names) console.log(`  ${n.id} ${JSON.stringify(n.name)}`);
  }
}
