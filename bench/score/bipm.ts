/**
 * Pure scorer for the BIPM archive (../shared/corpora/bipm): refused files, UNCODED ids, texts replaced by
 * another (two files of one language giving one document id), citation recall and wrong targets against
 * citations.jsonl, and English/French pairs merged into one resolution node. No I/O: callers pass what they read.
 */
import type { Extraction } from '../../src/model/index.js';

export interface BipmCitation {
  file: string;
  clause: number;
  cites: string;
}

export interface BipmLabel {
  file: string;
  index: number;
  start: number;
  end: number;
  message?: string;
}

/** One file of the archive: its extraction, or the reason it was refused. */
export type BipmOutcome = { file: string; extraction: Extraction } | { file: string; refused: string };

export interface BipmScore {
  files: number;
  refused: { file: string; reason: string }[];
  /** Refusals whose reason is a missing clause verb (the clause grammar's share, not document identity). */
  refusedForVerbs: number;
  uncoded: string[];
  /** Document ids produced by two or more different texts (files of one language). */
  replaced: { id: string; files: string[] }[];
  /** Files whose resolution code is not the file name's code. */
  codeMismatch: { file: string; code: string }[];
  citations: {
    total: number;
    found: number;
    recall: number;
    /**
     * Edges in a listed clause to a resolution the clause does not cite, with the number of a cited one and
     * a year the clause never prints (the right number with the wrong meeting).
     */
    wrong: { file: string; clause: number; to: string }[];
    /** Edges in a listed clause to a resolution the list omits (the list is not exhaustive). */
    unlisted: { file: string; clause: number; to: string }[];
    /** Edges anywhere to a CGPM resolution no archive file has (the copy leaves a few out on purpose). */
    outsideArchive: { file: string; to: string }[];
    /** Listed citations with no edge in their clause, with the clause text (to read why). */
    missed: { file: string; clause: number; cites: string; text: string }[];
  };
  pairs: { total: number; merged: number; rate: number; unmerged: string[] };
}

const stemOf = (file: string) => file.replace(/\.[a-z]{2}\.md$/, '');
const langOf = (file: string) => /\.([a-z]{2})\.md$/.exec(file)?.[1] ?? '';
/** CGPM resolution codes as the archive names them: the only targets citations.jsonl lists. */
const CGPM_RESOLUTION = /^CGPM-\d{4}-RES-\d+$/;

function resolutionCode(extraction: Extraction): string | undefined {
  const docCode = extraction.document.id.replace(/^document:/, '').replace(/\.[a-z]{2}$/, '');
  return docCode;
}

export function scoreBipm(
  outcomes: readonly BipmOutcome[],
  citations: readonly BipmCitation[],
  labels: readonly BipmLabel[],
): BipmScore {
  const refused: BipmScore['refused'] = [];
  const uncoded: string[] = [];
  const codeMismatch: BipmScore['codeMismatch'] = [];
  const byDocId = new Map<string, { file: string; sha: string }[]>();
  const byFile = new Map<string, Extraction>();
  for (const outcome of outcomes) {
    if ('refused' in outcome) {
      refused.push({ file: outcome.file, reason: outcome.refused });
      continue;
    }
    const { extraction, file } = outcome;
    byFile.set(file, extraction);
    const code = resolutionCode(extraction) ?? '';
    if (code.startsWith('UNCODED-')) uncoded.push(file);
    else if (code !== stemOf(file)) codeMismatch.push({ file, code });
    const list = byDocId.get(extraction.document.id) ?? [];
    list.push({ file, sha: extraction.document.sha256 });
    byDocId.set(extraction.document.id, list);
  }
  // Two files with one id and the same text are one text stored once; different texts would replace each other.
  const replaced = [...byDocId.entries()]
    .filter(([, files]) => new Set(files.map((f) => f.sha)).size > 1)
    .map(([id, files]) => ({ id, files: files.map((f) => f.file) }));

  // Citations: an edge from the citing file's own resolution to resolution:<cites>, with evidence in that clause.
  const labelOf = new Map(labels.map((l) => [`${l.file}#${l.index}`, l]));
  const citesOf = new Map<string, Set<string>>();
  for (const c of citations) {
    const key = `${c.file}#${c.clause}`;
    const set = citesOf.get(key) ?? new Set();
    set.add(c.cites);
    citesOf.set(key, set);
  }
  let found = 0;
  const missed: BipmScore['citations']['missed'] = [];
  const wrong: BipmScore['citations']['wrong'] = [];
  const unlisted: BipmScore['citations']['unlisted'] = [];
  const archived = new Set(outcomes.map((o) => stemOf(o.file)));
  const numberOf = (code: string) => code.split('-').pop();
  for (const [key, cited] of citesOf) {
    const [file, clauseText] = key.split('#') as [string, string];
    const extraction = byFile.get(file);
    const label = labelOf.get(key);
    if (!extraction || !label) continue;
    const targets = new Set<string>();
    for (const edge of extraction.edges) {
      if (!edge.to.startsWith('resolution:')) continue;
      const inClause = edge.evidence.some(
        (e) => e.document === extraction.document.id && e.start < label.end && e.end > label.start,
      );
      if (inClause) targets.add(edge.to.slice('resolution:'.length));
    }
    for (const code of cited) {
      if (targets.has(code)) found++;
      else {
        const text = extraction.document.text.slice(label.start, label.end);
        missed.push({ file, clause: Number(clauseText), cites: code, text });
      }
    }
    for (const to of targets) {
      if (!CGPM_RESOLUTION.test(to) || cited.has(to)) continue;
      const sameNumber = [...cited].some((c) => numberOf(c) === numberOf(to));
      const yearPrinted = label.message?.includes(to.split('-')[1] ?? '') ?? false;
      const row = { file, clause: Number(clauseText), to };
      if (sameNumber && !yearPrinted) wrong.push(row);
      else unlisted.push(row);
    }
  }
  const outsideArchive: BipmScore['citations']['outsideArchive'] = [];
  for (const [file, extraction] of byFile) {
    for (const edge of extraction.edges) {
      const to = edge.to.slice('resolution:'.length);
      if (edge.to.startsWith('resolution:') && CGPM_RESOLUTION.test(to) && !archived.has(to))
        outsideArchive.push({ file, to });
    }
  }
  const total = [...citesOf.values()].reduce((n, s) => n + s.size, 0);

  // Pairs: an English and a French file of one stem must give one resolution node (same document code).
  const stems = new Map<string, Map<string, string | undefined>>();
  for (const outcome of outcomes) {
    const stem = stemOf(outcome.file);
    const entry = stems.get(stem) ?? new Map();
    entry.set(langOf(outcome.file), 'extraction' in outcome ? resolutionCode(outcome.extraction) : undefined);
    stems.set(stem, entry);
  }
  let pairTotal = 0;
  let merged = 0;
  const unmerged: string[] = [];
  for (const [stem, langs] of stems) {
    if (!langs.has('en') || !langs.has('fr')) continue;
    pairTotal++;
    const en = langs.get('en');
    const fr = langs.get('fr');
    if (en && en === fr && !en.startsWith('UNCODED-')) merged++;
    else unmerged.push(stem);
  }
  return {
    files: outcomes.length,
    refused,
    refusedForVerbs: refused.filter((r) => /no resolution code, heading or clause/.test(r.reason)).length,
    uncoded,
    replaced,
    codeMismatch,
    citations: { total, found, recall: total ? found / total : 1, wrong, unlisted, outsideArchive, missed },
    pairs: { total: pairTotal, merged, rate: pairTotal ? merged / pairTotal : 1, unmerged },
  };
}
