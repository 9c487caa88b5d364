import type { Language } from '../../model/index.js';
import { fold, foldKey } from '../text/fold.js';
import { PhraseTrie, phraseTokens } from '../text/phrase-trie.js';
import type {
  AddresseeGroup,
  AliasEntry,
  CodeFamily,
  CodeReference,
  Knowledge,
  Lexicon,
  OrganizationEntry,
  VerbGroup,
} from './schema.js';

export interface BodyHead {
  rule: string;
  kind: 'Body' | 'Conference';
  bodyType: string;
  /** Folded tokens of the term, for refining the body type from a whole name. */
  words: string[];
}

export interface GazetteerHit {
  rule: string;
  /** Organisation entry, addressee group, or a masked non-entity. */
  type: 'organization' | 'context' | 'acronym' | 'addressee' | 'nonentity';
  organization?: OrganizationEntry;
  addressee?: AddresseeGroup;
}

/** One lexicon made ready for matching. */
export interface CompiledLexicon {
  language: Language;
  source: Lexicon;
  stopwords: Set<string>;
  verbs: PhraseTrie<VerbGroup>;
  bodyHeads: PhraseTrie<BodyHead>;
  bodyTerms: BodyHead[];
  /** Folded tokens (space-joined) of names that denote a class of bodies, not one body. */
  bodyClassNames: Set<string>;
  addressees: PhraseTrie<AddresseeGroup>;
  ordinalWords: PhraseTrie<number>;
  ordinalSuffix: RegExp;
  months: Map<string, number>;
  adoption: Set<string>;
  adoptionLeads: PhraseTrie<true>;
  enacting: Set<string>;
  resolutionWords: Set<string>;
  titleMarkers: Set<string>;
  articleWords: Set<string>;
  articleOrdinals: Set<string>;
  determiners: Set<string>;
  prepositions: PhraseTrie<true>;
  coordinators: Set<string>;
  infinitiveMarkers: Set<string>;
  infinitiveEnding: RegExp | null;
  /** Adverbs before a lead verb ("Strongly condemns"): four letters at least before the ending. */
  adverbEnding: RegExp | null;
  adjectiveEnding: RegExp | null;
  notAdjectives: Set<string>;
  finiteVerbEnding: RegExp | null;
  agentMarkers: Set<string>;
  purposeMarkers: Set<string>;
  organizationHeads: Set<string>;
  thatWords: Set<string>;
  internationalMarkers: Set<string>;
  boundaries: PhraseTrie<true>;
  entitled: Set<string>;
  establishment: PhraseTrie<true>;
  indefinites: Set<string>;
  relativeMarkers: PhraseTrie<true>;
  participles: PhraseTrie<string>;
  passive: PhraseTrie<string>;
  invertedPassive: PhraseTrie<string>;
  framework: PhraseTrie<true>;
  yearMarkers: Set<string>;
  parent: PhraseTrie<true>;
  succession: PhraseTrie<true>;
  meetingWords: Set<string>;
  plenary: PhraseTrie<true>;
  sessionWords: Set<string>;
  ofWords: PhraseTrie<true>;
  possessives: Set<string>;
  placeMarkers: Set<string>;
  rangeStart: Set<string>;
  rangeJoin: Set<string>;
  sittingWords: Set<string>;
  locutions: PhraseTrie<true>;
  possessiveDeterminers: Set<string>;
  circumstanceAdjectives: Set<string>;
  /** Folded head terms that are also common nouns of the genre ("unite"). */
  commonHeads: Set<string>;
  describedHeads: PhraseTrie<true>;
  mandateMarkers: PhraseTrie<true>;
  describedModifiers: PhraseTrie<true>;
  namingMarkers: PhraseTrie<true>;
  bareOrgans: PhraseTrie<string>;
  classLabelHeads: PhraseTrie<true>;
  renamePassive: PhraseTrie<true>;
  renameActive: PhraseTrie<true>;
  renameJoiners: PhraseTrie<true>;
}

export interface CompiledFamily {
  family: CodeFamily;
  regex: RegExp;
}

export interface CompiledReference {
  reference: CodeReference;
  family: CodeFamily;
  regex: RegExp;
  /** One cited document of a list (the reference's `item`), matched inside its `items` group. */
  item: RegExp | null;
  /**
   * For a pattern that names its organ (`{organ}`): the same with the organ's full names and acronyms only,
   * for documents of other institutions ("Resolution 1 of the 26th CGPM" in a CCTF or UNESCO text), where a
   * context name ("the 14th General Conference") may be another organ's.
   */
  foreign: RegExp | null;
}

export interface AliasIndex {
  entry: AliasEntry;
  /** Folded names and acronyms that designate the entry. */
  names: Set<string>;
}

/** The knowledge compiled once into tries and regular expressions. */
export interface Compiled {
  knowledge: Knowledge;
  lexicons: Map<Language, CompiledLexicon>;
  families: CompiledFamily[];
  references: CompiledReference[];
  /** Gazetteer names (all languages), case-insensitive. */
  gazetteer: PhraseTrie<GazetteerHit>;
  /** Acronyms of known organisations, matched case-sensitively. */
  acronyms: Map<string, GazetteerHit>;
  organizations: Map<string, OrganizationEntry>;
  glossary: Map<string, string>;
  keyStopwords: Set<string>;
  aliases: AliasIndex[];
  /** Any-language ordinal fragment for code-less references. */
  ordinalPattern: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: readonly string[]) => new Set(list.map((w) => foldKey(w)));
const trie = <T>(entries: Iterable<[string, T]>) => {
  const t = new PhraseTrie<T>();
  for (const [phrase, value] of entries) t.add(phrase, value);
  return t;
};
const flags = (list: readonly string[]) => trie<true>(list.map((p) => [p, true]));

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const bodyTerms: BodyHead[] = [];
  for (const group of lexicon.bodyTypes) {
    for (const term of group.terms) {
      bodyTerms.push({
        rule: group.id,
        kind: 'Body',
        bodyType: group.bodyTypes?.[term] ?? group.bodyType,
        words: phraseTokens(term),
      });
    }
  }
  for (const term of lexicon.meetings.conferenceWords) {
    bodyTerms.push({
      rule: lexicon.meetings.id,
      kind: 'Conference',
      bodyType: 'conference',
      words: phraseTokens(term),
    });
  }
  const bodyHeads = new PhraseTrie<BodyHead>();
  for (const head of bodyTerms) bodyHeads.add(head.words.join(' '), head);
  const months = new Map<string, number>();
  lexicon.months.names.forEach((names, index) => {
    for (const name of names) months.set(fold(name), index + 1);
  });
  const suffixes = [...lexicon.ordinals.suffixes]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegex(fold(s)));
  const endings = lexicon.grammar.infinitiveEndings.map((e) => escapeRegex(fold(e)));
  return {
    language: lexicon.language,
    source: lexicon,
    stopwords: words(lexicon.stopwords.words),
    verbs: trie(lexicon.verbs.flatMap((v) => v.forms.map((f): [string, VerbGroup] => [f, v]))),
    bodyHeads,
    bodyTerms,
    bodyClassNames: new Set(
      lexicon.bodyTypes.flatMap((g) => g.classNames.map((n) => phraseTokens(n).join(' '))),
    ),
    addressees: trie(lexicon.addressees.flatMap((a) => a.names.map((n): [string, AddresseeGroup] => [n, a]))),
    ordinalWords: trie(Object.entries(lexicon.ordinals.words).map(([w, n]): [string, number] => [w, n])),
    // Four figures: a UN Security Council meeting ("3055th meeting", « 7853e séance »).
    ordinalSuffix: new RegExp(`^(\\d{1,4})(?:${suffixes.join('|')})$`),
    months,
    adoption: words(lexicon.adoption.words),
    adoptionLeads: flags(lexicon.adoption.leads),
    enacting: words(lexicon.enacting?.words ?? []),
    resolutionWords: words(lexicon.headings.resolutionWords),
    titleMarkers: words(lexicon.headings.titleMarkers),
    articleWords: words(lexicon.headings.articleWords),
    articleOrdinals: words(lexicon.headings.articleOrdinals),
    determiners: words(lexicon.grammar.determiners),
    prepositions: flags(lexicon.grammar.prepositions),
    coordinators: words(lexicon.grammar.coordinators),
    infinitiveMarkers: words(lexicon.grammar.infinitiveMarkers),
    infinitiveEnding: endings.length ? new RegExp(`\\p{L}{2,}(?:${endings.join('|')})$`, 'u') : null,
    adverbEnding: lexicon.grammar.adverbEndings.length
      ? new RegExp(
          `^\\p{L}{4,}(?:${lexicon.grammar.adverbEndings.map((e) => escapeRegex(fold(e))).join('|')})$`,
          'u',
        )
      : null,
    adjectiveEnding: lexicon.grammar.adjectiveEndings.length
      ? new RegExp(
          `\\p{L}{2,}(?:${lexicon.grammar.adjectiveEndings.map((e) => escapeRegex(fold(e))).join('|')})$`,
          'u',
        )
      : null,
    notAdjectives: words(lexicon.grammar.notAdjectives),
    finiteVerbEnding: lexicon.grammar.finiteVerbEndings.length
      ? new RegExp(
          `\\p{L}{2,}(?:${lexicon.grammar.finiteVerbEndings.map((e) => escapeRegex(fold(e))).join('|')})$`,
          'u',
        )
      : null,
    agentMarkers: words(lexicon.grammar.agentMarkers),
    purposeMarkers: words(lexicon.grammar.purposeMarkers),
    organizationHeads: words(lexicon.grammar.organizationHeads),
    thatWords: words(lexicon.grammar.thatWords),
    internationalMarkers: words(lexicon.grammar.internationalMarkers),
    boundaries: flags(lexicon.boundaries.phrases),
    entitled: words(lexicon.entitled.words),
    establishment: flags(lexicon.establishment.words),
    indefinites: words(lexicon.establishment.indefinites),
    relativeMarkers: flags(lexicon.relative.markers),
    participles: trie(Object.entries(lexicon.relative.participles)),
    passive: trie(Object.entries(lexicon.passive.phrases)),
    invertedPassive: trie(Object.entries(lexicon.passive.inverted ?? {})),
    framework: flags(lexicon.framework.phrases),
    yearMarkers: words(lexicon.framework.yearMarkers),
    parent: flags(lexicon.parent.phrases),
    succession: flags(lexicon.succession.phrases),
    meetingWords: words(lexicon.meetings.meetingWords),
    plenary: flags(lexicon.meetings.plenaryWords),
    sessionWords: words(lexicon.meetings.sessionWords),
    ofWords: flags(lexicon.meetings.ofWords),
    possessives: words(lexicon.meetings.possessives),
    placeMarkers: words(lexicon.meetings.placeMarkers),
    rangeStart: words(lexicon.dates.rangeStart),
    rangeJoin: words(lexicon.dates.rangeJoin),
    sittingWords: words(lexicon.meetings.sittingWords),
    locutions: flags(lexicon.grammar.locutions),
    possessiveDeterminers: words(lexicon.grammar.possessiveDeterminers),
    circumstanceAdjectives: words(lexicon.grammar.circumstanceAdjectives),
    commonHeads: new Set(
      lexicon.bodyTypes.flatMap((g) => g.commonHeads.map((h) => phraseTokens(h).join(' '))),
    ),
    describedHeads: flags([
      ...(lexicon.describedBodies?.heads ?? []),
      ...lexicon.bodyTypes.flatMap((g) => g.terms),
    ]),
    mandateMarkers: flags(lexicon.describedBodies?.mandateMarkers ?? []),
    describedModifiers: flags(lexicon.describedBodies?.modifiers ?? []),
    namingMarkers: flags(lexicon.describedBodies?.namingMarkers ?? []),
    bareOrgans: trie(Object.entries(lexicon.bareOrgans?.heads ?? {})),
    classLabelHeads: flags(lexicon.classLabels?.heads ?? []),
    renamePassive: flags(lexicon.renaming?.passive ?? []),
    renameActive: flags(lexicon.renaming?.active ?? []),
    renameJoiners: flags(lexicon.renaming?.joiners ?? []),
  };
}

function ordinalPattern(lexicons: readonly Lexicon[]): string {
  const suffixes = new Set<string>();
  const wordsList = new Set<string>();
  for (const lexicon of lexicons) {
    for (const s of lexicon.ordinals.suffixes) suffixes.add(escapeRegex(s));
    for (const w of Object.keys(lexicon.ordinals.words)) wordsList.add(escapeRegex(w).replace(/ /g, '\\s+'));
  }
  const bySize = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  return `\\d{1,3}(?:<sup>)?(?:${bySize(suffixes)})(?:</sup>)?|(?:${bySize(wordsList)})`;
}

function compileGazetteer(knowledge: Knowledge) {
  const gazetteer = new PhraseTrie<GazetteerHit>();
  const acronyms = new Map<string, GazetteerHit>();
  const organizations = new Map<string, OrganizationEntry>();
  for (const organization of knowledge.organizations.organizations) {
    organizations.set(organization.key, organization);
    for (const names of Object.values(organization.names)) {
      for (const name of names ?? [])
        gazetteer.add(name, { rule: organization.id, type: 'organization', organization });
    }
    for (const names of Object.values(organization.contextNames ?? {})) {
      for (const name of names ?? [])
        gazetteer.add(name, { rule: organization.id, type: 'context', organization });
    }
    for (const acronym of organization.acronyms) {
      acronyms.set(acronym, { rule: organization.id, type: 'acronym', organization });
    }
  }
  for (const lexicon of knowledge.lexicons) {
    for (const addressee of lexicon.addressees) {
      for (const name of addressee.names)
        gazetteer.add(name, { rule: addressee.id, type: 'addressee', addressee });
    }
  }
  for (const group of knowledge.organizations.nonEntities) {
    for (const term of group.terms) gazetteer.add(term, { rule: group.id, type: 'nonentity' });
  }
  return { gazetteer, acronyms, organizations };
}

/** Accented letters match with or without their accent ("Conférence", "Conference"); case is the regex flag's. */
const ACCENT_CLASSES: Record<string, string> = {
  é: '[ée]',
  è: '[èe]',
  ê: '[êe]',
  à: '[àa]',
  ô: '[ôo]',
  ó: '[óo]',
  í: '[íi]',
  á: '[áa]',
};

/** One organ name as a pattern fragment: words joined by any whitespace, accents optional. */
function namePattern(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map((c) => ACCENT_CLASSES[c] ?? escapeRegex(c)).join(''))
    .join('\\s+');
}

/**
 * The `{organ}` placeholder of a reference pattern: every name, context name and acronym of the organ in
 * organizations.yaml, plus the profile's `citationNames`, longest first (an alternation takes the first that
 * fits). `{organ:<key>}` names another organ.
 */
export function organPattern(knowledge: Knowledge, key: string, fullNamesOnly = false): string {
  const entry = knowledge.organizations.organizations.find((o) => o.key === key);
  const profileOrgan = knowledge.institutions
    .flatMap((p) => p.organs)
    .find((o) => ('organization' in o ? o.organization : o.key) === key);
  const names = new Set<string>([
    ...Object.values(entry?.names ?? {}).flat(),
    ...(entry?.acronyms ?? []),
    ...(fullNamesOnly
      ? []
      : [
          ...Object.values(entry?.contextNames ?? {}).flat(),
          ...Object.values(profileOrgan?.citationNames ?? {}).flat(),
        ]),
  ] as string[]);
  const fragments = [...new Set([...names].map(namePattern))].sort((a, b) => b.length - a.length);
  return fragments.length ? `(?:${fragments.join('|')})` : '(?!)';
}

/** A reference pattern with its placeholders filled: `{ordinal}`, `{organ}` (the family's organ), `{organ:key}`. */
export function expandPattern(
  knowledge: Knowledge,
  pattern: string,
  ordinal: string,
  organ: string,
  fullNamesOnly = false,
): string {
  return pattern
    .replaceAll('{ordinal}', ordinal)
    .replace(/\{organ(?::([a-z0-9-]+))?\}/g, (_, key?: string) =>
      organPattern(knowledge, key ?? organ, fullNamesOnly),
    );
}

function compileCodes(knowledge: Knowledge, ordinal: string) {
  const families: CompiledFamily[] = knowledge.codes.families.map((family) => ({
    family,
    // No 'u' flag: code patterns are ASCII-bound and case-insensitive Unicode matching is much slower.
    regex: new RegExp(family.pattern, family.caseSensitive ? 'g' : 'gi'),
  }));
  const references: CompiledReference[] = knowledge.codes.references.map((reference) => {
    const family = knowledge.codes.families.find((f) => f.id === reference.family)!;
    return {
      reference,
      family,
      // 'd': group offsets, to place each cited number of a list.
      regex: new RegExp(
        expandPattern(knowledge, reference.pattern, ordinal, family.organ),
        reference.caseSensitive ? 'gd' : 'gid',
      ),
      item: reference.item
        ? new RegExp(expandPattern(knowledge, reference.item, ordinal, family.organ), 'gi')
        : null,
      foreign: reference.pattern.includes('{organ}')
        ? new RegExp(expandPattern(knowledge, reference.pattern, ordinal, family.organ, true), 'gid')
        : null,
    };
  });
  return { families, references };
}

const cache = new WeakMap<Knowledge, Compiled>();

/** Compile (once per Knowledge object) the data into matchers. */
export function compile(knowledge: Knowledge): Compiled {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const ordinal = ordinalPattern(knowledge.lexicons);
  const glossary = new Map(
    Object.entries(knowledge.glossary.terms).map(([k, v]) => [foldKey(k), foldKey(v)]),
  );
  const compiled: Compiled = {
    knowledge,
    lexicons: new Map(knowledge.lexicons.map((l) => [l.language, compileLexicon(l)])),
    ...compileCodes(knowledge, ordinal),
    ...compileGazetteer(knowledge),
    glossary,
    keyStopwords: new Set([
      ...knowledge.glossary.keyStopwords.map(foldKey),
      ...knowledge.lexicons.flatMap((l) => l.stopwords.words.map(foldKey)),
    ]),
    aliases: knowledge.aliases.map((entry) => ({
      entry,
      names: new Set([...Object.values(entry.names).flat(), ...entry.acronyms].map((n) => foldKey(n ?? ''))),
    })),
    ordinalPattern: ordinal,
  };
  cache.set(knowledge, compiled);
  return compiled;
}
