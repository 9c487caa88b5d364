import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { scanCodes } from '../../src/extract/codes.js';
import { dateAt } from '../../src/extract/dates.js';
import { bodyKey } from '../../src/extract/entities/keys.js';
import { compile } from '../../src/extract/knowledge/compile.js';
import type { CounterExample, Example } from '../../src/extract/knowledge/schema.js';
import { detectLanguage } from '../../src/extract/language.js';
import { tokenize } from '../../src/extract/text/tokens.js';
import { normalise } from '../../src/extract/text/view.js';
import type { Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/**
 * Every rule group in ingest/ carries examples and counter-examples; each runs here. An example must
 * yield a hit of its rule (with the expected value when given); a counter-example must not.
 */
type Check = (text: string, context?: string) => string[];

/** Values the whole pipeline records for one rule id (mentions, clause verbs, facts, titles...). */
function pipelineValues(rule: string, language: Language): Check {
  return (text, context) => {
    const { ctx } = analyse(text, knowledge, ontology, { language, institution: context, recordHits: true });
    return [
      ...ctx.hits.filter((h) => h.rule === rule).map((h) => h.value),
      ...ctx.facts.filter((f) => f.rule === rule).map((f) => f.type),
    ];
  };
}

const guessLanguage = (text: string): Language => detectLanguage(text, knowledge).language ?? 'en';

function dateValues(language: Language): Check {
  const lexicon = compile(knowledge).lexicons.get(language)!;
  return (text) => {
    const tokens = tokenize(normalise(text));
    for (let i = 0; i < tokens.length; i++) {
      const date = dateAt(tokens, i, lexicon);
      if (date) return [date.start === date.end ? date.start : `${date.start}/${date.end}`];
    }
    return [];
  };
}

interface Case {
  rule: string;
  check: Check;
  examples: Example[];
  counterExamples: CounterExample[];
}

const cases: Case[] = [];
for (const family of knowledge.codes.families) {
  cases.push({
    ...family,
    rule: family.id,
    check: (text) =>
      scanCodes(text, knowledge)
        .filter((m) => m.family.id === family.id)
        .map((m) => m.code),
  });
}
for (const reference of knowledge.codes.references) {
  cases.push({
    ...reference,
    rule: reference.id,
    check: (text) => {
      const family = knowledge.codes.families.find((f) => f.id === reference.family)!;
      return pipelineValues(reference.id, guessLanguage(text))(text, family.institution);
    },
  });
}
/** An organ with no name of its own (an institution profile's organ that only keys its code family's sessions). */
const nameless = (group: object) => {
  const { names, acronyms } = group as { names?: object; acronyms?: string[] };
  return names !== undefined && Object.keys(names).length === 0 && !acronyms?.length;
};
for (const group of [...knowledge.organizations.organizations, ...knowledge.organizations.nonEntities]) {
  cases.push({
    ...group,
    rule: group.id,
    // A nameless organ's example is a document its code family gives to it (the adopting organ).
    check: nameless(group)
      ? (text) => {
          const { ctx } = analyse(text, knowledge, ontology, { language: guessLanguage(text) });
          return ctx.organ?.id === group.id ? [ctx.organ.key] : [];
        }
      : (text, context) => pipelineValues(group.id, guessLanguage(text))(text, context),
  });
}
for (const lexicon of knowledge.lexicons) {
  const lang = lexicon.language;
  const pipeline = (rule: string): Check => pipelineValues(rule, lang);
  cases.push({
    ...lexicon.stopwords,
    rule: lexicon.stopwords.id,
    check: (text) => [detectLanguage(text, knowledge).language ?? 'none'],
  });
  for (const group of [...lexicon.verbs, ...lexicon.bodyTypes, ...lexicon.addressees]) {
    cases.push({ ...group, rule: group.id, check: pipeline(group.id) });
  }
  cases.push({ ...lexicon.months, rule: lexicon.months.id, check: dateValues(lang) });
  cases.push({ ...lexicon.dates, rule: lexicon.dates.id, check: dateValues(lang) });
  for (const group of [
    lexicon.ordinals,
    lexicon.adoption,
    lexicon.headings,
    lexicon.grammar,
    lexicon.boundaries,
    lexicon.entitled,
    lexicon.establishment,
    lexicon.relative,
    lexicon.passive,
    lexicon.framework,
    lexicon.parent,
    lexicon.succession,
    lexicon.meetings,
  ]) {
    cases.push({ ...group, rule: group.id, check: pipeline(group.id) });
  }
}

const examples = cases.flatMap((c) => c.examples.map((e) => ({ rule: c.rule, check: c.check, example: e })));
const counterExamples = cases.flatMap((c) =>
  c.counterExamples.map((e) => ({ rule: c.rule, check: c.check, example: e })),
);

describe('rule examples', () => {
  it('cover every rule group', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(examples.length).toBeGreaterThan(cases.length);
  });

  it.each(examples.map((c) => [c.rule, c.example.text, c]))(
    '%s: %s',
    (_rule, _text, { check, example, rule }) => {
      const values = check(example.text, example.context);
      if (rule.endsWith('.stopwords')) {
        expect(values).toEqual([example.expect]);
        return;
      }
      expect(values.length, `rule ${rule} did not fire`).toBeGreaterThan(0);
      if (example.expect !== undefined) expect(values).toContain(String(example.expect));
    },
  );

  it.each(counterExamples.map((c) => [c.rule, c.example.text, c]))(
    '%s does not fire on: %s',
    (_rule, _text, { check, example, rule }) => {
      const values = check(example.text, example.context);
      if (rule.endsWith('.stopwords')) {
        expect(values).not.toContain(rule.slice(0, 2));
        return;
      }
      expect(values).toEqual([]);
    },
  );
});

describe('glossary examples give one key across languages', () => {
  const compiled = compile(knowledge);
  it.each(knowledge.glossary.examples.map((e) => [e.text, String(e.expect)]))('%s = %s', (fr, en) => {
    const a = bodyKey(fr, compiled, 'other');
    expect(a).not.toBeNull();
    expect(a!.key).toBe(bodyKey(en, compiled, 'other')!.key);
  });
});

describe('curated aliases', () => {
  const cases = knowledge.aliases.flatMap((a) =>
    a.examples.map((e) => [a.id, e.text, String(e.expect)] as const),
  );
  it.each(cases)('%s: %s', (_id, text, expected) => {
    const names = (['fr', 'en'] as const).flatMap((language) =>
      analyse(text, knowledge, ontology, { language, institution: 'interpol' }).ctx.found.flatMap((f) => [
        f.entity.name,
        ...f.entity.aliases,
      ]),
    );
    expect(names).toContain(expected);
  });
});
