/**
 * How a document names its entities: the full name with its acronym at first mention, the acronym after
 * ("le Groupe d'experts ... (GEMC)", then "le GEMC"), with French articles and contractions.
 */
import {
  enOrdinal,
  type FrNoun,
  frDefinite,
  frOf,
  frOrdinal,
  frTo,
  type Lang,
  type OrdinalStyle,
} from '../language.js';
import type { BodyRef, ConferenceRef, FixedRef } from '../plan.js';

/** Grammatical slot of a French mention: "le X", "du X", "au X". */
export type Slot = 'def' | 'of' | 'to';

const french = (noun: FrNoun, slot: Slot): string =>
  slot === 'def' ? frDefinite(noun) : slot === 'of' ? frOf(noun) : frTo(noun);

/** A one-word proper name (Europol) takes no article. */
const isProperName = (entity: FixedRef): boolean => !entity.fr.text.includes(' ') && !entity.fr.plural;

export class Mentions {
  private readonly seen = new Set<string>();

  constructor(
    readonly lang: Lang,
    readonly ordinals: OrdinalStyle,
  ) {}

  body(body: BodyRef, slot: Slot = 'def'): string {
    const first = !this.seen.has(body.key);
    this.seen.add(body.key);
    if (this.lang === 'en') return first ? `the ${body.en} (${body.acronym})` : `the ${body.acronym}`;
    if (!first) return french({ text: body.acronym, gender: body.fr.gender }, slot);
    return `${french(body.fr, slot)} (${body.acronym})`;
  }

  fixed(entity: FixedRef, slot: Slot = 'def'): string {
    const first = !this.seen.has(entity.key);
    this.seen.add(entity.key);
    if (this.lang === 'en') {
      if (isProperName(entity)) return entity.en;
      if (entity.acronym) return first ? `the ${entity.en} (${entity.acronym})` : `the ${entity.acronym}`;
      return entity.fr.plural ? entity.en : `the ${entity.en}`;
    }
    if (isProperName(entity))
      return slot === 'to' ? `à ${entity.fr.text}` : slot === 'of' ? `de ${entity.fr.text}` : entity.fr.text;
    if (entity.acronym && !first) return french({ text: entity.acronym, gender: entity.fr.gender }, slot);
    return `${french(entity.fr, slot)}${entity.acronym ? ` (${entity.acronym})` : ''}`;
  }

  conference(conference: ConferenceRef, slot: Slot = 'def'): string {
    if (this.lang === 'en') return `the ${enOrdinal(conference.ordinal)} ${conference.series.en}`;
    const text = `${frOrdinal(conference.ordinal, 'ème', this.ordinals)} ${conference.series.fr}`;
    return french({ text, gender: 'f' }, slot);
  }
}
