/**
 * The facts a generated resolution states, independent of language and house style. They are written to
 * planted.json and are what the benchmark scores the real extractor against.
 */
import { assertNever } from '../../src/errors.js';
import { isoDay } from './language.js';
import type { Act, EntityRef, ResolutionPlan } from './plan.js';

/** A planted node: enough to recognise the extractor's node for it (codes, names, or ordinal and date). */
export interface PlantedNode {
  key: string;
  kind: string;
  codes?: string[];
  names?: string[];
  acronym?: string;
  ordinal?: number;
  year?: number;
  date?: string;
}

export interface PlantedEdge {
  type: string;
  from: string;
  to: string;
  /** Code of the document that states the fact. */
  doc: string;
}

export function plantedNode(entity: EntityRef): PlantedNode {
  switch (entity.kind) {
    case 'Body':
      return { key: entity.key, kind: 'Body', names: [entity.fr.text, entity.en], acronym: entity.acronym };
    case 'Organization':
    case 'AddresseeGroup':
      return {
        key: entity.key,
        kind: entity.kind,
        names: [entity.fr.text, entity.en],
        ...(entity.acronym ? { acronym: entity.acronym } : {}),
      };
    case 'Conference':
      return {
        key: entity.key,
        kind: 'Conference',
        names: [`${entity.ordinal} ${entity.series.fr}`, `${entity.ordinal} ${entity.series.en}`],
        ordinal: entity.ordinal,
        year: entity.year,
      };
    case 'Resolution':
      return {
        key: entity.key,
        kind: 'Resolution',
        codes: [entity.code, ...entity.altCodes],
        year: entity.year,
        date: isoDay(entity.date),
      };
    case 'Report':
      return { key: entity.key, kind: 'Report', codes: [entity.code], year: entity.year };
    case 'Session':
    case 'Meeting':
      return {
        key: entity.key,
        kind: entity.kind,
        ordinal: entity.ordinal,
        year: entity.year,
        date: isoDay(entity.start),
      };
    default:
      return assertNever(entity);
  }
}

type Fact = [type: string, from: EntityRef, to: EntityRef];

function factsOf(plan: ResolutionPlan, act: Act): Fact[] {
  const res = plan.resolution;
  switch (act.act) {
    case 'consider':
      return [];
    case 'recall':
      return [
        ['RECALLS', res, act.resolution],
        ...(act.secondHand ? [[act.secondHand.type, act.resolution, act.secondHand.body] as Fact] : []),
      ];
    case 'recallCreation':
      return [['PART_OF', act.body, act.parent]];
    case 'noteReport':
      return [
        ['NOTES', res, act.report],
        ['ABOUT', act.report, act.report.about],
      ];
    case 'noteBody':
      return [['NOTES', res, act.body]];
    case 'thank':
      return [['THANKS', res, act.body]];
    case 'takeIntoAccount':
      return [['TAKES_INTO_ACCOUNT', res, act.conference]];
    case 'establish':
      return [
        [act.verb, res, act.body],
        ...(act.parent ? [['PART_OF', act.body, act.parent] as Fact] : []),
        ...act.succeeds.map((old): Fact => ['SUCCEEDS', act.body, old]),
      ];
    case 'dissolve':
      return [['DISSOLVES', res, act.body]];
    case 'welcome':
      return [['WELCOMES', res, act.body]];
    case 'approveReport':
      return [['APPROVES', res, act.report]];
    case 'encourage':
      return [['ENCOURAGES', res, act.addressee]];
    case 'invite':
      return [['INVITES', res, act.addressee]];
    case 'request':
      return [['REQUESTS', res, act.organ]];
    case 'recommend':
      return [['RECOMMENDS', res, act.partner]];
    case 'authorize':
      return [['AUTHORIZES', res, act.organ]];
    default:
      return assertNever(act);
  }
}

/** Every entity a plan mentions (the resolution and its session first). */
export function entitiesOf(plan: ResolutionPlan): EntityRef[] {
  const out: EntityRef[] = [plan.resolution, plan.session, ...(plan.organSession ? [plan.organSession] : [])];
  for (const act of [...plan.preamble, ...plan.operative]) {
    for (const [, from, to] of factsOf(plan, act)) out.push(from, to);
  }
  return out;
}

/** The facts a plan states, once each: adoption at its session, then each clause's. */
export function plantedEdges(plan: ResolutionPlan): PlantedEdge[] {
  const doc = plan.resolution.code;
  const seen = new Set<string>();
  const edges: PlantedEdge[] = [];
  const facts: Fact[] = [['ADOPTED_AT', plan.resolution, plan.session]];
  // A UN plenary meeting is part of the session named in the masthead.
  if (plan.organSession) facts.push(['PART_OF', plan.session, plan.organSession]);
  for (const act of [...plan.preamble, ...plan.operative]) facts.push(...factsOf(plan, act));
  for (const [type, from, to] of facts) {
    const id = `${type}|${from.key}|${to.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ type, from: from.key, to: to.key, doc });
  }
  return edges;
}
