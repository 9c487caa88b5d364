import type { Clause, DocumentRecord, Evidence, GraphEdge, GraphNode, Language } from '../model/index.js';
import { citationFacts } from './citations.js';
import { fileLanguageTag } from './codes.js';
import { toOriginal } from './text/view.js';
import type { Context, Entity, Fact } from './types.js';

/** Longer quotes are cut to a window around the target, so a huge clause is not copied into every edge. */
const MAX_QUOTE_CHARS = 800;
const CONTEXT_BEFORE = 400;

function quoteSpan(text: string, fact: Fact): [number, number] {
  if (fact.end - fact.start <= MAX_QUOTE_CHARS) return [fact.start, fact.end];
  const focus = fact.focus ?? { start: fact.start, end: Math.min(fact.end, fact.start + MAX_QUOTE_CHARS) };
  let start = Math.max(fact.start, focus.start - CONTEXT_BEFORE);
  const end = Math.min(fact.end, Math.max(focus.end, start + 1));
  // Start on a word boundary so the quote reads cleanly.
  while (start > fact.start && start < focus.start && !/\s/.test(text[start - 1]!)) start++;
  return [start, end];
}

/** Document ids differ per language version: `document:<code>.<lang>` (see docs/extraction.md). */
export function documentId(code: string, language: Language): string {
  return `document:${code}.${language}`;
}

function mergeNode(nodes: Map<string, GraphNode>, entity: Entity): void {
  let node = nodes.get(entity.id);
  if (!node) {
    node = { id: entity.id, kind: entity.kind, name: entity.name, aliases: [], labels: {}, props: {} };
    nodes.set(entity.id, node);
  }
  if (entity.code) node.code = entity.code;
  if (entity.acronym && !node.acronym) node.acronym = entity.acronym;
  for (const [lang, label] of Object.entries(entity.labels)) {
    if (label && !node.labels[lang as Language]) node.labels[lang as Language] = label;
  }
  for (const alias of entity.aliases) if (alias && !node.aliases.includes(alias)) node.aliases.push(alias);
  for (const [key, value] of Object.entries(entity.props)) {
    if (value !== undefined && node.props[key] === undefined) node.props[key] = value;
  }
  // Display name: the English label when known, else the longest name seen (never a bare acronym).
  if (node.kind !== 'Resolution' && node.kind !== 'Report') {
    if (node.labels.en) node.name = node.labels.en;
    else if (entity.name.length > node.name.length || node.name === node.acronym) node.name = entity.name;
  }
}

/** Merge entities into nodes, facts into edges (dropping what the ontology forbids), build the document record. */
/**
 * The language tag of a document id: the file name's tag ("CODE.en.md") when it names a language, so that
 * two different texts of one code are never stored under one id (the archive's English file may hold French
 * text: both are kept, each under its own file's tag, with a warning); else the detected language.
 */
function expressionTag(ctx: Context, source: string): Language {
  const tag = fileLanguageTag(source, ctx.compiled.knowledge);
  if (!tag || tag === ctx.language) return ctx.language;
  ctx.warnings.push({
    code: 'LANGUAGE_TAG_MISMATCH',
    message: `${source} is tagged ${tag} but its text reads as ${ctx.language}; stored as the ${tag} expression`,
  });
  return tag;
}

export function resolve(ctx: Context, resolution: Entity, code: string, source = '') {
  const { view, ontology } = ctx;
  const docId = documentId(code, expressionTag(ctx, source));
  const nodes = new Map<string, GraphNode>();
  mergeNode(nodes, resolution);
  const mentions: DocumentRecord['mentions'] = [];
  for (const found of ctx.found) {
    if (!found.entity.kind) continue;
    mergeNode(nodes, found.entity);
    const clause = ctx.clauseOf[found.t0]!;
    if (clause < 0) continue;
    const span = toOriginal(view, found.start, found.end);
    mentions.push({
      document: docId,
      clause,
      ...span,
      text: view.original.slice(span.start, span.end),
      node: found.entity.id,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  ctx.facts.push(...citationFacts(ctx, resolution));
  const edges = new Map<string, GraphEdge>();
  // Evidence already recorded, by edge, span and rule: a Set, since one edge may be stated thousands of times.
  const recorded = new Set<string>();
  for (const fact of ctx.facts) {
    if (fact.from.id === fact.to.id) continue;
    if (!ontology.isRelationKind(fact.type) || !ontology.allows(fact.type, fact.from.kind, fact.to.kind)) {
      ctx.warnings.push({
        code: 'RELATION_NOT_ALLOWED',
        message: `${fact.type} from ${fact.from.kind} to ${fact.to.kind} is not in the ontology (${fact.from.id} -> ${fact.to.id}, rule ${fact.rule})`,
        start: toOriginal(view, fact.start, fact.end).start,
        end: toOriginal(view, fact.start, fact.end).end,
      });
      continue;
    }
    mergeNode(nodes, fact.from);
    mergeNode(nodes, fact.to);
    const span = toOriginal(view, ...quoteSpan(view.text, fact));
    const segment = ctx.segments[fact.clause];
    const evidence: Evidence = {
      document: docId,
      clause: fact.clause,
      function: segment?.function ?? 'other',
      quote: view.original.slice(span.start, span.end),
      ...span,
      rule: fact.rule,
    };
    const id = `${fact.type}:${fact.from.id}->${fact.to.id}`;
    const key = `${id}|${evidence.start}|${evidence.end}|${evidence.rule}`;
    const isNew = !recorded.has(key);
    recorded.add(key);
    const edge = edges.get(id);
    if (!edge) {
      edges.set(id, {
        id,
        type: fact.type,
        from: fact.from.id,
        to: fact.to.id,
        ...(fact.props ? { props: { ...fact.props } } : {}),
        evidence: [evidence],
      });
    } else {
      if (isNew) edge.evidence.push(evidence);
      if (fact.props) edge.props = { ...fact.props, ...edge.props };
    }
  }

  // One warning per distinct message: the same dropped relation may be stated in several clauses.
  const seen = new Set<string>();
  ctx.warnings = ctx.warnings.filter((w) => !seen.has(w.message) && !!seen.add(w.message));

  const clauses: Clause[] = ctx.segments.map((segment) => {
    const span = toOriginal(view, segment.start, segment.end);
    const clause: Clause = {
      index: segment.index,
      function: segment.function,
      ...span,
      text: view.original.slice(span.start, span.end),
    };
    if (segment.verb) {
      const verb = toOriginal(
        view,
        ctx.tokens[segment.verb.from]!.start,
        ctx.tokens[segment.verb.to - 1]!.end,
      );
      clause.verb = view.original.slice(verb.start, verb.end);
      if (segment.verb.group.relations[0]) clause.relation = segment.verb.group.relations[0];
    }
    return clause;
  });
  return {
    docId,
    nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
    clauses,
    mentions,
  };
}
