/** Distinct body names and acronyms, built from the vocabulary (French and English side by side). */

import type { BodyRef } from './plan.js';
import type { Prng } from './prng.js';
import {
  BODY_TYPES,
  type OrganId,
  SCOPES,
  TOPIC_FACETS,
  TOPIC_LINK,
  TOPICS,
  type Topic,
} from './vocabulary.js';

const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with', 'ad', 'hoc']);

/** Acronyms the corpus already uses for other things (codes, organs), never given to a body. */
const RESERVED = new Set([
  'AG',
  'AGN',
  'GA',
  'RES',
  'RAP',
  'REP',
  'CGPM',
  'CIPM',
  'BIPM',
  'OIML',
  'ILAC',
  'BCN',
  'NCB',
  'UN',
]);

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Initials of the English name's significant words: "Global Expert Group on Cybercrime" -> "GEGC". */
function initials(english: string): string {
  return english
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const ROMAN = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export class BodyNamer {
  private readonly names = new Set<string>();
  private readonly acronyms = new Set<string>();

  constructor(private readonly random: Prng) {}

  /** A new body of `organ`, on `topic` when given (successors keep their predecessor's topic). */
  create(organ: OrganId, topic?: Topic): BodyRef {
    for (let attempt = 0; attempt < 40; attempt++) {
      const candidate = this.candidate(organ, topic, attempt);
      if (!this.names.has(candidate.en)) return this.register(candidate);
    }
    // The combinations are exhausted for this topic: number the next body, as organs do ("Working Group II").
    for (const roman of ROMAN) {
      const base = this.candidate(organ, topic, 0);
      const candidate = {
        ...base,
        fr: { ...base.fr, text: `${base.fr.text} ${roman}` },
        en: `${base.en} ${roman}`,
      };
      if (!this.names.has(candidate.en)) return this.register(candidate);
    }
    throw new Error(`BodyNamer: no free name left for organ ${organ}`);
  }

  private candidate(
    organ: OrganId,
    fixedTopic: Topic | undefined,
    attempt: number,
  ): Omit<BodyRef, 'key' | 'acronym'> {
    const r = this.random;
    const type = r.pick(BODY_TYPES[organ]);
    const baseTopic = fixedTopic ?? r.pick(TOPICS[organ]);
    // Widen the choice as attempts fail: facets first, then scopes.
    const facet = attempt > 2 || r.chance(0.35) ? r.pick(TOPIC_FACETS[organ]) : undefined;
    const scope = attempt > 6 || r.chance(0.45) ? r.pick(SCOPES[organ]) : undefined;
    const link = TOPIC_LINK[organ];
    const topicFr = facet ? `${baseTopic.fr} et ${facet.fr}` : baseTopic.fr;
    const topicEn = facet ? `${baseTopic.en} and ${facet.en}` : baseTopic.en;
    const scopeFr = scope ? ` ${type.gender === 'f' && scope.frFem ? scope.frFem : scope.fr}` : '';
    const scopeEn = scope ? `${scope.en} ` : '';
    return {
      kind: 'Body',
      fr: { text: `${type.fr}${scopeFr} ${link.fr} ${topicFr}`, gender: type.gender },
      en: `${scopeEn}${type.en} ${link.en} ${titleCase(topicEn)}`,
      bodyType: type.bodyType,
      topic: baseTopic,
    };
  }

  private register(candidate: Omit<BodyRef, 'key' | 'acronym'>): BodyRef {
    this.names.add(candidate.en);
    const acronym = this.acronymFor(candidate.en);
    return { ...candidate, key: `Body:${candidate.en}`, acronym };
  }

  private acronymFor(english: string): string {
    const base = initials(english);
    const padded = base.length >= 3 ? base : `${base}${'X'.repeat(3 - base.length)}`;
    let acronym = padded;
    for (let n = 2; this.acronyms.has(acronym) || RESERVED.has(acronym); n++) acronym = `${padded}${n}`;
    this.acronyms.add(acronym);
    return acronym;
  }
}
