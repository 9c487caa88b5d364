/**
 * Clause verbs against the BIPM source's own clause labels (`clause-labels.jsonl`). Pure: the caller reads the
 * labels and gives, for each file, the clauses our segmenter found with the verb group that governs each
 * (its own lead verb, or the one it inherits as a sub-item).
 *
 * Mapping (source `type` -> our verb group, named by its lemma id without the language prefix, e.g.
 * `en.verb.decides` -> `decides`). Only types with a clear counterpart are scored; the others (having /
 * having regard, acknowledging, acting, states, judges, remarks, observing, referring, sanctions, reaffirming,
 * calls upon) mix several verbs in the source's labels and are left out. Lemmas the source files under
 * several types are mapped to none: `supports` ("supported" is labelled thanks, « soutient » approves),
 * `endorses` ("endorsed" recommends, « entérine » approves), `reaffirms`. `proposes` is the source's
 * `encourages` (every "proposes" / « propose » clause of the archive is labelled so).
 */
export const CLAUSE_TYPE_MAPPING: Readonly<Record<string, readonly string[]>> = {
  considering: ['considering', 'considers'],
  'recalling / further recalling': ['recalling', 'recalls'],
  noting: ['noting', 'notes', 'noting-and-welcoming'],
  recognizing: ['aware', 'recognizes'],
  emphasizing: ['aware'],
  'taking into account': ['taking-into-account', 'takes-into-account'],
  decides: ['decides'],
  approves: ['approves', 'approving'],
  adopts: ['approves'],
  accepts: ['accepts', 'accepting'],
  recommends: ['recommends'],
  'invites / further invites': ['invites'],
  welcomes: ['welcomes', 'welcoming'],
  requests: ['requests'],
  asks: ['requests'],
  instructs: ['requests'],
  charges: ['requests'],
  declares: ['declares'],
  appoints: ['appoints'],
  elects: ['appoints'],
  confirms: ['confirms'],
  encourages: ['encourages', 'proposes'],
  urges: ['encourages'],
  authorizes: ['authorizes'],
  empowers: ['authorizes'],
  abrogates: ['supersedes'],
  'thanks / expresses-appreciation': ['thanks', 'thanking'],
  congratulates: ['thanks', 'thanking'],
};

export interface ClauseLabel {
  file: string;
  type: string;
  start: number;
  end: number;
}

/** One of our clauses: its span and the verb group that governs it (rule id such as `fr.verb.decides`). */
export interface OurClause {
  start: number;
  end: number;
  verbRule?: string;
}

export interface TypeScore {
  type: string;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ClauseScore {
  perType: TypeScore[];
  overall: TypeScore;
  /** Labelled clauses of mapped types we gave no verb, or a wrong one: file, type, what we said. */
  misses: { file: string; type: string; start: number; got: string }[];
}

/** `en.verb.decides` -> `decides`. */
export const verbLemma = (rule: string | undefined): string =>
  rule ? (rule.match(/\.verb\.([a-z0-9-]+)/)?.[1] ?? '') : '';

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/**
 * Score: a labelled clause is found when our clause containing its first character is governed by a verb
 * group mapped to its type. A prediction counts against a type's precision when our lemma maps to that
 * type's groups but the label is another mapped type.
 */
export function scoreClauses(
  labels: readonly ClauseLabel[],
  ours: ReadonlyMap<string, readonly OurClause[]>,
): ClauseScore {
  const stats = new Map<string, { labelled: number; predicted: number; correct: number }>();
  const stat = (t: string) => {
    let s = stats.get(t);
    if (!s) {
      s = { labelled: 0, predicted: 0, correct: 0 };
      stats.set(t, s);
    }
    return s;
  };
  const lemmaTypes = new Map<string, string[]>();
  for (const [type, lemmas] of Object.entries(CLAUSE_TYPE_MAPPING))
    for (const l of lemmas) lemmaTypes.set(l, [...(lemmaTypes.get(l) ?? []), type]);
  const misses: ClauseScore['misses'] = [];
  for (const label of labels) {
    const expected = CLAUSE_TYPE_MAPPING[label.type];
    if (!expected) continue;
    const clauses = ours.get(label.file) ?? [];
    const clause =
      clauses.find((c) => c.start <= label.start && label.start < c.end) ??
      clauses.find((c) => c.start >= label.start && c.start < label.end);
    const lemma = verbLemma(clause?.verbRule);
    const s = stat(label.type);
    s.labelled++;
    if (expected.includes(lemma)) {
      s.correct++;
      s.predicted++;
      continue;
    }
    misses.push({ file: label.file, type: label.type, start: label.start, got: lemma || '-' });
    // A wrong verb is a false positive for the mapped type(s) it names.
    const claimed = lemmaTypes.get(lemma);
    if (claimed) stat(claimed[0]!).predicted++;
  }
  const perType = [...stats.entries()]
    .map(([type, s]) => ({
      type,
      ...s,
      precision: ratio(s.correct, s.predicted),
      recall: ratio(s.correct, s.labelled),
    }))
    .sort((a, b) => b.labelled - a.labelled);
  const sum = perType.reduce(
    (a, t) => ({
      labelled: a.labelled + t.labelled,
      predicted: a.predicted + t.predicted,
      correct: a.correct + t.correct,
    }),
    { labelled: 0, predicted: 0, correct: 0 },
  );
  const overall = {
    type: 'overall',
    ...sum,
    precision: ratio(sum.correct, sum.predicted),
    recall: ratio(sum.correct, sum.labelled),
  };
  return { perType, overall, misses };
}
