/**
 * Simulates institutions over the decades: each body has a thread of resolutions (created, reported on,
 * renamed, merged, given sub-bodies, dissolved), and every resolution of a thread recalls the previous
 * one, so lineage chains grow as deep as threads run long. Memory stays bounded: only live threads,
 * a window of recent resolutions and the names in use are kept.
 */
import { assertNever } from '../../src/errors.js';
import { reportCode, resolutionCode, type SessionSlot, styleOf } from './calendar.js';
import { addDays, frOf } from './language.js';
import { BodyNamer } from './names.js';
import type {
  Act,
  BodyRef,
  ConferenceRef,
  FixedRef,
  ReportRef,
  ResolutionPlan,
  ResolutionRef,
  SessionRef,
} from './plan.js';
import type { Prng } from './prng.js';
import {
  ADDRESSEES,
  CONFERENCE_SERIES,
  ORGANS,
  type OrganId,
  PARTNERS,
  TOPICS,
  type Topic,
} from './vocabulary.js';

interface Thread {
  body: BodyRef;
  parent?: BodyRef;
  /** Year the body was set up (for "la création du ... en 2012"). */
  since: number;
  last: ResolutionRef;
  /** How the last resolution acted on the body, when it created it (restated second-hand when recalled). */
  lastCreated?: 'ESTABLISHES' | 'AUTHORIZES';
  /** Resolutions in the thread's chain so far. */
  depth: number;
  lastSession: number;
}

/** A long chain, kept so the benchmark can ask deep lineage questions. */
export interface Probe {
  body: string;
  acronym: string;
  resolution: string;
  depth: number;
}

type EventKind = 'create' | 'progress' | 'rename' | 'merge' | 'subBody' | 'dissolve';

const RECENT_WINDOW = 400;
const PROBES_KEPT = 12;

function fixed(kind: FixedRef['kind'], entity: (typeof ORGANS)['interpol'][number]): FixedRef {
  return {
    kind,
    // Keyed by name alone: "Member States" addressed by the CGPM and by the UN is one group.
    key: `${kind}:${entity.en}`,
    fr: { text: entity.fr, gender: entity.gender, plural: entity.plural },
    en: entity.en,
    ...(entity.acronym ? { acronym: entity.acronym } : {}),
  };
}

export class World {
  private readonly namer: BodyNamer;
  private readonly threads: Record<OrganId, Thread[]> = { interpol: [], cgpm: [], un: [] };
  private readonly recent: Record<OrganId, ResolutionRef[]> = { interpol: [], cgpm: [], un: [] };
  private readonly probes: Probe[] = [];
  private readonly organs: Record<OrganId, FixedRef[]>;
  private readonly partners: Record<OrganId, FixedRef[]>;
  private readonly addressees: Record<OrganId, FixedRef[]>;

  constructor(private readonly random: Prng) {
    this.namer = new BodyNamer(random);
    const all = (list: Record<OrganId, (typeof ORGANS)['interpol']>, kind: FixedRef['kind']) => ({
      interpol: list.interpol.map((e) => fixed(kind, e)),
      cgpm: list.cgpm.map((e) => fixed(kind, e)),
      un: list.un.map((e) => fixed(kind, e)),
    });
    this.organs = all(ORGANS, 'Organization');
    this.partners = all(PARTNERS, 'Organization');
    this.addressees = all(ADDRESSEES, 'AddresseeGroup');
  }

  /** Plans the `count` resolutions adopted at one session, in order. */
  *session(slot: SessionSlot, session: SessionRef, count: number): Generator<ResolutionPlan> {
    const pool = this.threads[slot.organ];
    const desired = Math.max(4, Math.ceil(count * 1.5));
    let reportNumber = 0;
    const nextReport = (): string => reportCode(slot, ++reportNumber);
    for (let number = 1; number <= count; number++) {
      const { code, altCodes } = resolutionCode(slot, number);
      const adoptedAt = this.adoptedAt(slot, session, number, count);
      const resolution: ResolutionRef = {
        kind: 'Resolution',
        key: code,
        code,
        altCodes,
        organ: slot.organ,
        number,
        year: slot.year,
        sessionOrdinal: slot.ordinal,
        date: adoptedAt.end,
      };
      const { style, lang } = styleOf(slot, this.random);
      const event = this.chooseEvent(pool, desired, slot.ordinal);
      const plan: ResolutionPlan = {
        resolution,
        session: adoptedAt,
        ...(adoptedAt === session ? {} : { organSession: session }),
        style,
        lang,
        title: { kind: 'topic', topic: this.random.pick(TOPICS[slot.organ]) },
        preamble: [],
        operative: [],
      };
      this.fill(plan, slot, event, nextReport);
      this.remember(slot.organ, resolution);
      yield plan;
    }
  }

  /** The longest chains seen, deepest first. */
  deepest(): Probe[] {
    for (const organ of ['interpol', 'cgpm', 'un'] as const)
      for (const t of this.threads[organ]) this.offerProbe(t);
    return [...this.probes];
  }

  /** INTERPOL and CGPM adopt at the session; the UN at a numbered plenary meeting within it. */
  private adoptedAt(slot: SessionSlot, session: SessionRef, number: number, count: number): SessionRef {
    if (slot.organ !== 'un') return session;
    const ordinal = 50 + Math.floor(((number - 1) * 30) / Math.max(1, count));
    const day = addDays(
      { year: slot.year, month: 11, day: 20 },
      Math.floor(((number - 1) * 25) / Math.max(1, count)),
    );
    return {
      kind: 'Meeting',
      key: `Meeting:un:${slot.ordinal}:${ordinal}`,
      organ: 'un',
      ordinal,
      year: slot.year,
      start: day,
      end: day,
    };
  }

  private chooseEvent(
    pool: Thread[],
    desired: number,
    sessionOrdinal: number,
  ): { kind: EventKind; thread?: Thread; other?: Thread } {
    const r = this.random;
    if (pool.length < desired / 2 || (pool.length < desired && r.chance(0.3))) return { kind: 'create' };
    // Prefer a thread not yet acted on at this session, as real agendas do.
    let thread = r.pick(pool);
    for (let i = 0; i < 4 && thread.lastSession === sessionOrdinal; i++) thread = r.pick(pool);
    const kinds: EventKind[] = ['progress', 'subBody', 'rename', 'merge', 'dissolve', 'create'];
    let kind = kinds[r.weighted([0.62, 0.09, 0.07, 0.05, 0.07, 0.1])] as EventKind;
    let other: Thread | undefined;
    if (kind === 'merge') {
      other = r.pick(pool);
      if (other === thread) kind = 'progress';
    }
    return { kind, thread, other };
  }

  private fill(
    plan: ResolutionPlan,
    slot: SessionSlot,
    event: ReturnType<World['chooseEvent']>,
    nextReport: () => string,
  ): void {
    const r = this.random;
    const organ = slot.organ;
    const pool = this.threads[organ];
    const res = plan.resolution;
    const consider = (n: number, topic: Topic): void => {
      // Consecutive variants, so one document never repeats a recital.
      const first = r.int(0, 99);
      for (let i = 0; i < n; i++) plan.preamble.push({ act: 'consider', topic, variant: first + i });
    };
    const recallRandom = (): void => {
      const recent = this.recent[organ];
      if (recent.length && r.chance(0.3)) plan.preamble.push({ act: 'recall', resolution: r.pick(recent) });
    };
    const conference = (): void => {
      if (organ === 'interpol' && r.chance(0.25))
        plan.preamble.push({ act: 'takeIntoAccount', conference: this.conference(slot.year) });
    };
    const recallThread = (t: Thread): void => {
      plan.preamble.push({
        act: 'recall',
        resolution: t.last,
        ...(t.lastCreated ? { secondHand: { type: t.lastCreated, body: t.body } } : {}),
      });
    };
    const followUps = (body: BodyRef, report: ReportRef | undefined, min: number): void => {
      const options: Act[] = [
        { act: 'welcome', body },
        { act: 'encourage', addressee: r.pick(this.addressees[organ]) },
        { act: 'invite', addressee: r.pick(this.addressees[organ]) },
        { act: 'request', organ: this.organs[organ][0] as FixedRef },
        { act: 'recommend', partner: r.pick(this.partners[organ]) },
        {
          act: 'authorize',
          organ: this.organs[organ][1] as FixedRef,
          items: r.chance(0.3) ? r.int(2, 3) : 0,
        },
      ];
      if (report) options.push({ act: 'approveReport', report });
      const n = r.int(min, 3);
      const chosen = new Set<number>();
      while (chosen.size < n) chosen.add(r.int(0, options.length - 1));
      for (const i of [...chosen].sort((a, b) => a - b)) plan.operative.push(options[i] as Act);
    };
    const report = (body: BodyRef, kind: 'progress' | 'final'): ReportRef => {
      const code = nextReport();
      const title =
        kind === 'final'
          ? { fr: `${body.fr.text} : rapport final`, en: `${body.en}: final report` }
          : r.chance(0.5)
            ? {
                fr: `Rapport sur l'état d'avancement des travaux ${frOf(body.fr)}`,
                en: `Progress report on the work of the ${body.en}`,
              }
            : {
                fr: `Rapport d'activité ${frOf(body.fr)} pour ${slot.year}`,
                en: `Activity report of the ${body.en} for ${slot.year}`,
              };
      return { kind: 'Report', key: code, code, title, about: body, year: slot.year };
    };

    const kind = event.kind;
    switch (kind) {
      case 'create': {
        const body = this.namer.create(organ);
        const verb = r.chance(0.8) ? 'ESTABLISHES' : 'AUTHORIZES';
        plan.title = { kind: 'establish', body };
        consider(r.int(3, 6), body.topic);
        recallRandom();
        conference();
        plan.operative.push({ act: 'establish', body, verb, succeeds: [] });
        followUps(body, undefined, 1);
        pool.push({
          body,
          since: slot.year,
          last: res,
          lastCreated: verb,
          depth: 1,
          lastSession: slot.ordinal,
        });
        return;
      }
      case 'progress': {
        const t = event.thread as Thread;
        plan.title = { kind: 'topic', topic: t.body.topic };
        consider(r.int(2, 5), t.body.topic);
        recallThread(t);
        if (t.parent && r.chance(0.35))
          plan.preamble.push({ act: 'recallCreation', body: t.body, parent: t.parent, year: t.since });
        recallRandom();
        let noted: ReportRef | undefined;
        if (organ === 'interpol' && r.chance(0.7)) {
          noted = report(t.body, 'progress');
          plan.preamble.push({ act: 'noteReport', report: noted });
        } else if (organ !== 'interpol' && r.chance(0.6)) {
          plan.preamble.push({ act: 'noteBody', body: t.body });
        }
        if (r.chance(0.4)) plan.preamble.push({ act: 'thank', body: t.body });
        conference();
        followUps(t.body, noted, 1);
        this.advance(t, res, slot.ordinal);
        return;
      }
      case 'rename': {
        const t = event.thread as Thread;
        const body = this.namer.create(organ, t.body.topic);
        plan.title = { kind: 'establish', body };
        consider(r.int(1, 3), body.topic);
        recallThread(t);
        if (r.chance(0.5)) plan.preamble.push({ act: 'thank', body: t.body });
        plan.operative.push({
          act: 'establish',
          body,
          verb: 'ESTABLISHES',
          succeeds: [t.body],
          ...(t.parent ? { parent: t.parent } : {}),
        });
        followUps(body, undefined, 0);
        this.advance(t, res, slot.ordinal, body, 'ESTABLISHES');
        t.since = slot.year;
        return;
      }
      case 'merge': {
        const t = event.thread as Thread;
        const other = event.other as Thread;
        const body = this.namer.create(organ, t.body.topic);
        plan.title = { kind: 'establish', body };
        consider(r.int(1, 2), body.topic);
        recallThread(t);
        recallThread(other);
        plan.operative.push({ act: 'establish', body, verb: 'ESTABLISHES', succeeds: [t.body, other.body] });
        followUps(body, undefined, 0);
        t.depth = Math.max(t.depth, other.depth);
        this.advance(t, res, slot.ordinal, body, 'ESTABLISHES');
        t.since = slot.year;
        delete t.parent;
        this.retire(organ, other);
        return;
      }
      case 'subBody': {
        const t = event.thread as Thread;
        const child = this.namer.create(organ, t.body.topic);
        plan.title = { kind: 'establish', body: child };
        consider(r.int(1, 3), child.topic);
        recallThread(t);
        plan.operative.push({
          act: 'establish',
          body: child,
          verb: 'ESTABLISHES',
          parent: t.body,
          succeeds: [],
        });
        followUps(child, undefined, 0);
        pool.push({
          body: child,
          parent: t.body,
          since: slot.year,
          last: res,
          lastCreated: 'ESTABLISHES',
          depth: t.depth + 1,
          lastSession: slot.ordinal,
        });
        this.advance(t, res, slot.ordinal);
        return;
      }
      case 'dissolve': {
        const t = event.thread as Thread;
        plan.title = { kind: 'dissolve', body: t.body };
        consider(r.int(1, 2), t.body.topic);
        recallThread(t);
        if (organ === 'interpol') plan.preamble.push({ act: 'noteReport', report: report(t.body, 'final') });
        plan.operative.push({ act: 'thank', body: t.body }, { act: 'dissolve', body: t.body });
        this.advance(t, res, slot.ordinal);
        this.retire(organ, t);
        return;
      }
      default:
        assertNever(kind);
    }
  }

  private advance(
    t: Thread,
    res: ResolutionRef,
    session: number,
    body?: BodyRef,
    created?: 'ESTABLISHES' | 'AUTHORIZES',
  ): void {
    t.last = res;
    t.depth += 1;
    t.lastSession = session;
    if (body) t.body = body;
    if (created) t.lastCreated = created;
    else delete t.lastCreated;
  }

  private retire(organ: OrganId, t: Thread): void {
    const pool = this.threads[organ];
    const i = pool.indexOf(t);
    if (i >= 0) {
      pool[i] = pool[pool.length - 1] as Thread;
      pool.pop();
    }
    this.offerProbe(t);
  }

  private offerProbe(t: Thread): void {
    const probe: Probe = {
      body: t.body.key,
      acronym: t.body.acronym,
      resolution: t.last.code,
      depth: t.depth,
    };
    if (this.probes.some((p) => p.resolution === probe.resolution)) return;
    this.probes.push(probe);
    this.probes.sort((a, b) => b.depth - a.depth || a.resolution.localeCompare(b.resolution));
    if (this.probes.length > PROBES_KEPT) this.probes.pop();
  }

  private remember(organ: OrganId, res: ResolutionRef): void {
    const recent = this.recent[organ];
    recent.push(res);
    if (recent.length > RECENT_WINDOW) recent.shift();
  }

  private conference(year: number): ConferenceRef {
    const open = CONFERENCE_SERIES.filter((s) => s.firstYear < year);
    const series = this.random.pick(open.length ? open : CONFERENCE_SERIES);
    const held = Math.max(series.firstYear, year - this.random.int(0, 1));
    const ordinal = held - series.firstYear + 1;
    return { kind: 'Conference', key: `Conference:${ordinal} ${series.en}`, series, ordinal, year: held };
  }
}
