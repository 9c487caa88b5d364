/** The abstract content of one generated resolution, before it is rendered in a language and a house style. */
import type { Day, FrNoun, Lang } from './language.js';
import type { ConferenceSeries, OrganId, Topic } from './vocabulary.js';

export interface BodyRef {
  kind: 'Body';
  /** Planted-fact key (the English name, unique in a corpus). */
  key: string;
  fr: FrNoun;
  en: string;
  acronym: string;
  bodyType: string;
  topic: Topic;
}

/** Organs, partners and addressee groups: fixed entities of an institution. */
export interface FixedRef {
  kind: 'Organization' | 'AddresseeGroup';
  key: string;
  fr: FrNoun;
  en: string;
  acronym?: string;
}

export interface ConferenceRef {
  kind: 'Conference';
  key: string;
  series: ConferenceSeries;
  ordinal: number;
  year: number;
}

export interface ResolutionRef {
  kind: 'Resolution';
  /** The code as printed; also the planted key. */
  key: string;
  code: string;
  /** Other spellings that name the same resolution ("CGPM-27-RES-4", "58/85"). */
  altCodes: string[];
  organ: OrganId;
  number: number;
  year: number;
  sessionOrdinal: number;
  /** Date of adoption (the last day of the session, or the plenary meeting). */
  date: Day;
}

export interface ReportRef {
  kind: 'Report';
  key: string;
  code: string;
  title: { fr: string; en: string };
  about: BodyRef;
  year: number;
}

/** The session (or UN plenary meeting) a resolution was adopted at. */
export interface SessionRef {
  kind: 'Session' | 'Meeting';
  key: string;
  organ: OrganId;
  ordinal: number;
  year: number;
  place?: { fr: string; en: string };
  start: Day;
  end: Day;
}

export type EntityRef = BodyRef | FixedRef | ConferenceRef | ResolutionRef | ReportRef | SessionRef;

/** One clause's content. Each act yields one clause and the facts that clause states. */
export type Act =
  | { act: 'consider'; topic: Topic; variant: number }
  | {
      act: 'recall';
      resolution: ResolutionRef;
      secondHand?: { type: 'ESTABLISHES' | 'AUTHORIZES'; body: BodyRef };
    }
  | { act: 'recallCreation'; body: BodyRef; parent: BodyRef; year: number }
  | { act: 'noteReport'; report: ReportRef }
  | { act: 'noteBody'; body: BodyRef }
  | { act: 'thank'; body: BodyRef }
  | { act: 'takeIntoAccount'; conference: ConferenceRef }
  | {
      act: 'establish';
      body: BodyRef;
      verb: 'ESTABLISHES' | 'AUTHORIZES';
      parent?: BodyRef;
      succeeds: BodyRef[];
    }
  | { act: 'dissolve'; body: BodyRef }
  | { act: 'welcome'; body: BodyRef }
  | { act: 'approveReport'; report: ReportRef }
  | { act: 'encourage'; addressee: FixedRef }
  | { act: 'invite'; addressee: FixedRef }
  | { act: 'request'; organ: FixedRef }
  | { act: 'recommend'; partner: FixedRef }
  | { act: 'authorize'; organ: FixedRef; items: number };

export type Style = 'interpol-md' | 'interpol-txt' | 'cgpm' | 'un';

export interface ResolutionPlan {
  resolution: ResolutionRef;
  /** Where it was adopted: the session, or for the UN the plenary meeting. */
  session: SessionRef;
  /** The UN session the plenary meeting is part of (its masthead names it). */
  organSession?: SessionRef;
  style: Style;
  lang: Lang;
  /** What the title says: the body a resolution creates or dissolves, else its topic. */
  title:
    | { kind: 'establish'; body: BodyRef }
    | { kind: 'dissolve'; body: BodyRef }
    | { kind: 'topic'; topic: Topic };
  preamble: Act[];
  operative: Act[];
}
