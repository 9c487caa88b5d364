import type { Language } from '../model/index.js';
import type { Ontology } from '../ontology/index.js';
import { findAcronyms } from './entities/acronyms.js';
import { findBareOrgans, findBodies, findOrganizations, findShortForms } from './entities/bodies.js';
import { findClassLabels, findDescribedBodies } from './entities/described.js';
import { findDocuments } from './entities/documents.js';
import { findGazetteerNames } from './entities/gazetteer.js';
import { documentEntity } from './entities/make.js';
import { findMeetings, sessionEntity } from './entities/meetings.js';
import { findTitles } from './entities/titles.js';
import { type Header, preScan, readHeader } from './header.js';
import { compile } from './knowledge/compile.js';
import type { Knowledge } from './knowledge/schema.js';
import { secondHandRelations } from './relations/secondhand.js';
import { verbRelations } from './relations/verbs.js';
import { segment } from './segment.js';
import { type Token, tokenize } from './text/tokens.js';
import { normalise, type TextView } from './text/view.js';
import type { Context } from './types.js';

export interface AnalyseOptions {
  language: Language;
  source?: string;
  sha256?: string;
  /** Institution for context names when nothing in the text says it (rule examples). */
  institution?: string;
  /** Record rule hits for the rule-example tests (off in production: they cost memory on big inputs). */
  recordHits?: boolean;
  /** The text already normalised and tokenised (by language detection). */
  prepared?: { view: TextView; tokens: Token[] };
}

/**
 * Every stage over one text: normalise, tokenise, segment, recognise entities, read the header, relate.
 * Returns the working context (used by extract() and, directly, by the rule-example tests).
 */
export function analyse(text: string, knowledge: Knowledge, ontology: Ontology, options: AnalyseOptions) {
  const compiled = compile(knowledge);
  const lexicon = compiled.lexicons.get(options.language);
  if (!lexicon) throw new Error(`No lexicon for language ${options.language}`);
  const view = options.prepared?.view ?? normalise(text);
  const tokens = options.prepared?.tokens ?? tokenize(view);
  const segments = segment(view, tokens, lexicon);
  const clauseOf = new Int32Array(tokens.length).fill(-1);
  for (const s of segments) clauseOf.fill(s.index, s.t0, s.t1);
  const ctx: Context = {
    view,
    tokens,
    language: options.language,
    lexicon,
    compiled,
    ontology,
    segments,
    clauseOf,
    found: [],
    owner: new Int32Array(tokens.length).fill(-1),
    facts: [],
    hits: [],
    warnings: [],
  };
  if (!options.recordHits) ctx.hits.push = () => 0;
  for (const s of segments)
    ctx.hits.push({ rule: s.rule, value: s.function === 'status' ? 'adopted' : s.function });
  const source = options.source ?? '';
  preScan(ctx, source);
  if (options.institution && !ctx.institution) {
    ctx.institution = options.institution;
    ctx.organ = [...compiled.organizations.values()].find(
      (o) => o.institution === options.institution && o.sessionWords,
    );
  }
  findDocuments(ctx);
  findGazetteerNames(ctx);
  findOrganizations(ctx);
  findClassLabels(ctx);
  findBodies(ctx);
  findDescribedBodies(ctx);
  findAcronyms(ctx);
  findShortForms(ctx);
  findBareOrgans(ctx);
  findMeetings(ctx);
  findTitles(ctx);
  const header: Header | null = readHeader(ctx, source, options.sha256 ?? '');
  // Without a header the text is no resolution (extract() rejects it), but its recitals still parse.
  const resolution = header?.resolution ?? documentEntity(ctx, 'Resolution', 'UNCODED', 'UNCODED');
  secondHandRelations(ctx, resolution);
  verbRelations(ctx, resolution);
  if (header) adoption(ctx, header);
  return { ctx, header };
}

/** The resolution ADOPTED_AT its session (opening formula) or plenary meeting (closing line). */
function adoption(ctx: Context, header: Header): void {
  const { resolution, session, adoptionMeeting } = header;
  if (session) {
    ctx.facts.push({
      type: 'ADOPTED_AT',
      from: resolution,
      to: session.entity,
      clause: ctx.clauseOf[session.t0]!,
      start: session.start,
      end: session.end,
      rule: session.rule,
    });
  }
  if (adoptionMeeting) {
    const clause = ctx.clauseOf[adoptionMeeting.t0]!;
    ctx.facts.push({
      type: 'ADOPTED_AT',
      from: resolution,
      to: adoptionMeeting.entity,
      clause,
      start: adoptionMeeting.start,
      end: adoptionMeeting.end,
      rule: adoptionMeeting.rule,
    });
    if (!session && ctx.organ && ctx.sessionOrdinal) {
      const parent = sessionEntity(ctx, ctx.organ, ctx.sessionOrdinal, '');
      const codeClause = ctx.segments[header.codeClause];
      const evidence = codeClause ?? ctx.segments[clause]!;
      ctx.facts.push({
        type: 'PART_OF',
        from: adoptionMeeting.entity,
        to: parent,
        clause: evidence.index,
        start: evidence.start,
        end: evidence.end,
        rule: ctx.lexicon.source.meetings.id,
      });
    }
  }
}
