import type { Language, NodeProps } from '../model/index.js';
import type { Ontology } from '../ontology/index.js';
import type { Compiled, CompiledLexicon } from './knowledge/compile.js';
import type { OrganizationEntry } from './knowledge/schema.js';
import type { Segment } from './segment.js';
import type { Token } from './text/tokens.js';
import type { TextView } from './text/view.js';

/** An entity as one rule saw it; resolve() merges entities with the same id into one node. */
export interface Entity {
  id: string;
  kind: string;
  name: string;
  language: Language;
  code?: string;
  acronym?: string;
  aliases: string[];
  props: NodeProps;
  /** Per-language names as written. */
  labels: Partial<Record<Language, string>>;
}

/** One occurrence of an entity: token range [t0, t1) and view span [start, end). */
export interface Found {
  entity: Entity;
  t0: number;
  t1: number;
  start: number;
  end: number;
  rule: string;
  /** Index of the mention that contains this one (names inside names, titles of reports). */
  inside?: number;
  /** Set when a second-hand rule used the mention: it is not an object of the clause's lead verb. */
  consumed?: boolean;
}

/** A relation stated by the text, before resolution. */
export interface Fact {
  type: string;
  from: Entity;
  to: Entity;
  /** Clause index and the view span that states it. */
  clause: number;
  start: number;
  end: number;
  rule: string;
  props?: Record<string, string | number>;
  /** View span of the target's mention: long evidence is cut to a window around it. */
  focus?: { start: number; end: number };
}

/** What every recogniser may record for the rule tests: a rule id and the value it produced. */
export interface RuleHit {
  rule: string;
  value: string;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** The shared state of one extraction run (built in analyse.ts, read and extended by every stage). */
export interface Context {
  view: TextView;
  tokens: Token[];
  language: Language;
  lexicon: CompiledLexicon;
  compiled: Compiled;
  ontology: Ontology;
  /** Institution of the document (from its code or opening formula), for context names. */
  institution?: string;
  /** The organ that adopts the document. */
  organ?: OrganizationEntry;
  /** Ordinal of the adopting session when the code states it (A/RES/58/85 -> 58). */
  sessionOrdinal?: number;
  segments: Segment[];
  /** Segment index of each token (-1 outside clauses). */
  clauseOf: Int32Array;
  found: Found[];
  /** Index in `found` of the outermost mention covering each token (-1 when none). */
  owner: Int32Array;
  facts: Fact[];
  hits: RuleHit[];
  warnings: Warning[];
}
