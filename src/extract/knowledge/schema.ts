import { z } from 'zod';
import { BODY_TYPES, LANGUAGES, NODE_KINDS, RELATION_KINDS } from '../../ontology/generated.js';

/**
 * The shape of the extraction knowledge in ingest/ (codes, organisations, lexicons, glossary, aliases).
 * Every rule group has an id (recorded on each fact it yields), a description and runnable examples.
 * Schemas are strict: an unknown key is an error, so a typo never silently disables a rule.
 */
const ruleId = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'rule ids look like "fr.verb.recalling"');
const language = z.enum(LANGUAGES);
const nonEmpty = z.string().min(1);
// Typed as string (callers compare it with stored kinds), checked against the ontology.
const nodeKind = nonEmpty.refine(
  (k) => (NODE_KINDS as readonly string[]).includes(k),
  'not a node kind of graph/ontology.yaml',
);
const relationType = z.enum(RELATION_KINDS, 'not a relation kind of graph/ontology.yaml');

export const ExampleSchema = z
  .object({
    text: nonEmpty,
    expect: z.union([z.string(), z.number()]).optional(),
    /** Institution the example's document belongs to (for context names such as "General Assembly"). */
    context: z.string().optional(),
    why: z.string().optional(),
  })
  .strict();

export const CounterExampleSchema = z
  .object({ text: nonEmpty, context: z.string().optional(), why: nonEmpty })
  .strict();

const documented = {
  id: ruleId,
  description: nonEmpty,
  examples: z.array(ExampleSchema).min(1),
  counterExamples: z.array(CounterExampleSchema).default([]),
};

export const CodeFamilySchema = z
  .object({
    ...documented,
    institution: nonEmpty,
    organ: nonEmpty,
    derivable: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
    pattern: nonEmpty,
    types: z.record(z.string(), z.enum(['Resolution', 'Report'])),
    canonical: nonEmpty,
    /**
     * Document types whose `session` group numbers an ordinary session of the family's organ: every such code
     * (own or cited) is ADOPTED_AT that session ("13.COM 17" -> the Committee's 13th session). Extraordinary
     * sessions ("7 EXT.COM 4B.2") are left out: they are another series.
     */
    adoptedAtSession: z.array(z.string()).default([]),
  })
  .strict();

export const ReferenceSchema = z
  .object({
    ...documented,
    family: ruleId,
    pattern: nonEmpty,
    /** Pattern of one cited document inside the `items` group of a list ("713 (1991), 721 (1991) and …"). */
    item: nonEmpty.optional(),
    /** Case matters (an organ acronym group such as `(?<organ>[A-Z]{2,8})`). */
    caseSensitive: z.boolean().default(false),
  })
  .strict();

/**
 * The genre-level fallback for an organ no family codes: the heading's document word and number, the adopting
 * organ's acronym from the opening formula and the opening's year give `canonical` ("CCTF-2017-REC-1").
 * `types` maps heading words (folded, any language) to the type written in the code. Examples are whole
 * short documents and their expected own code.
 */
export const DerivedCodeSchema = z
  .object({
    ...documented,
    canonical: nonEmpty,
    types: z.record(z.string(), z.string().regex(/^[A-Z]+$/)),
  })
  .strict();

export const CodesSchema = z
  .object({
    families: z.array(CodeFamilySchema).default([]),
    references: z.array(ReferenceSchema).default([]),
    derived: DerivedCodeSchema.optional(),
  })
  .strict();

const perLanguage = <T extends z.ZodTypeAny>(item: T) => z.partialRecord(language, item);

export const OrganizationSchema = z
  .object({
    ...documented,
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    kind: z.enum(['Organization', 'Body']),
    institution: z.string().optional(),
    names: perLanguage(z.array(nonEmpty)),
    acronyms: z.array(nonEmpty).default([]),
    contextNames: perLanguage(z.array(nonEmpty)).optional(),
    sessionWords: perLanguage(z.array(nonEmpty)).optional(),
    sessionYears: z.record(z.string().regex(/^\d+$/), z.number().int()).optional(),
  })
  .strict();

export const NonEntitySchema = z.object({ ...documented, terms: z.array(nonEmpty).min(1) }).strict();

export const OrganizationsSchema = z
  .object({
    organizations: z.array(OrganizationSchema).min(1),
    nonEntities: z.array(NonEntitySchema).default([]),
  })
  .strict();

/**
 * An organ of an institution profile: either a gazetteer entry of ingest/organizations.yaml named by its key
 * (`organization: cgpm`), or an organ defined here with its names (an institution the gazetteer lacks).
 * `citationNames` are further spellings used when texts cite the organ's documents ("the 11th Conférence");
 * with the names and acronyms they make the `{organ}` placeholder of reference patterns.
 */
const organFields = {
  /** The organ adopts the archive's documents: named in an opening ("The Security Council,") it sets the document's organ. */
  adopts: z.boolean().default(false),
  citationNames: perLanguage(z.array(nonEmpty)).optional(),
};

export const OrganRefSchema = z
  .object({ organization: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), ...organFields })
  .strict();

export const InlineOrganSchema = OrganizationSchema.omit({ institution: true }).extend(organFields).strict();

export const ProfileFamilySchema = CodeFamilySchema.omit({ institution: true }).strict();

/** One institution as data (ingest/institutions/<institution>.yaml): its organs, code families and citation forms. */
export const InstitutionSchema = z
  .object({
    institution: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: nonEmpty,
    organs: z.array(z.union([OrganRefSchema, InlineOrganSchema])).default([]),
    families: z.array(ProfileFamilySchema).default([]),
    references: z.array(ReferenceSchema).default([]),
    /** Whole short documents: `expect` is the own code the extractor must read. */
    documents: z.array(ExampleSchema).default([]),
    documentCounterExamples: z.array(CounterExampleSchema).default([]),
  })
  .strict();

export const VerbSchema = z
  .object({
    ...documented,
    relations: z.array(relationType),
    targetKinds: z.array(nodeKind).optional(),
    function: z.enum(['preamble', 'operative']),
    scope: z.enum(['object', 'clause']).default('object'),
    /**
     * `subject`: after "that"/« que » only the complement clause's subject is an object, whatever the scope
     * ("Taking into account that the lack of unanimity of the Security Council …" takes no body into account).
     */
    afterThat: z.enum(['scope', 'subject']).default('scope'),
    forms: z.array(nonEmpty).min(1),
  })
  .strict();

export const BodyTypeSchema = z
  .object({
    ...documented,
    bodyType: z.enum(BODY_TYPES, 'not a Body subtype of graph/ontology.yaml'),
    terms: z.array(nonEmpty).min(1),
    /** Per-term body types when one group lists several heads. */
    bodyTypes: z
      .record(z.string(), z.enum(BODY_TYPES, 'not a Body subtype of graph/ontology.yaml'))
      .optional(),
    /** Names made with these heads that denote a class of bodies, never one body ("a Main Committee"). */
    classNames: z.array(nonEmpty).default([]),
    /**
     * Heads that are also common nouns of the genre (« Unité » of measurement): a head-first name made with one
     * needs a capitalised word, an acronym or an organisation besides it.
     */
    commonHeads: z.array(nonEmpty).default([]),
  })
  .strict();

export const AddresseeSchema = z
  .object({ ...documented, key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), names: z.array(nonEmpty).min(1) })
  .strict();

export const LexiconSchema = z
  .object({
    language,
    stopwords: z.object({ ...documented, words: z.array(nonEmpty).min(5) }).strict(),
    verbs: z.array(VerbSchema).min(1),
    bodyTypes: z.array(BodyTypeSchema).min(1),
    addressees: z.array(AddresseeSchema).default([]),
    ordinals: z
      .object({
        ...documented,
        suffixes: z.array(nonEmpty).min(1),
        words: z.record(z.string(), z.number().int()),
      })
      .strict(),
    months: z.object({ ...documented, names: z.array(z.array(nonEmpty).min(1)).length(12) }).strict(),
    dates: z.object({ ...documented, rangeStart: z.array(nonEmpty), rangeJoin: z.array(nonEmpty) }).strict(),
    adoption: z
      .object({
        ...documented,
        words: z.array(nonEmpty).min(1),
        /** Phrases that open an adoption line, capitalised ("Adopted by the Security Council at its 3055th meeting"). */
        leads: z.array(nonEmpty).default([]),
      })
      .strict(),
    /** Enacting words alone on their line before the operative part ("Hereby:", « DÉCIDE : », "RESUELVE:"). */
    enacting: z
      .object({ ...documented, words: z.array(nonEmpty).min(1) })
      .strict()
      .optional(),
    headings: z
      .object({
        ...documented,
        resolutionWords: z.array(nonEmpty).min(1),
        titleMarkers: z.array(nonEmpty),
        /** Words of an article heading that opens an operative clause ("Artículo 1.-", « Article premier : »). */
        articleWords: z.array(nonEmpty).default([]),
        /** Ordinal words that number an article in place of a figure (« premier », "único"). */
        articleOrdinals: z.array(nonEmpty).default([]),
      })
      .strict(),
    grammar: z
      .object({
        ...documented,
        determiners: z.array(nonEmpty),
        prepositions: z.array(nonEmpty),
        coordinators: z.array(nonEmpty),
        infinitiveMarkers: z.array(nonEmpty),
        infinitiveEndings: z.array(nonEmpty),
        /** 'head-first': "Groupe de travail CMII"; 'head-last': "CMII Working Group". */
        /** Endings of adjectives that may follow another one in a name ("Conférence régionale asiatique"). */
        adjectiveEndings: z.array(nonEmpty).default([]),
        /** Lower-case words after a head that are never part of a name ("concerné", "soient"). */
        notAdjectives: z.array(nonEmpty).default([]),
        /** Endings of finite verbs that end a name ("Comité auront" -> "Comité"). */
        finiteVerbEndings: z.array(nonEmpty).default([]),
        /** Agent prepositions: a participle before one is a verb ("Groupe de travail présidé par …"). */
        agentMarkers: z.array(nonEmpty).default([]),
        /** Prepositions of purpose: an infinitive after one ends a name ("Comité … pour examiner"). */
        purposeMarkers: z.array(nonEmpty).default([]),
        /** Endings of adverbs that may precede a lead verb ("Strongly condemns", "unanimously decided"). */
        adverbEndings: z.array(nonEmpty).default([]),
        /** Words that open a complement clause ("that", "que"): its subject is the verb's object. */
        thatWords: z.array(nonEmpty),
        nameOrder: z.enum(['head-first', 'head-last']),
        /** Head words of organisation names found by the acronym rule ("... Union (ITU)"). */
        organizationHeads: z.array(nonEmpty),
        /** First words that make a named committee or commission an organisation ("International ..."). */
        internationalMarkers: z.array(nonEmpty),
        /** Prepositional locutions that are never a name's complement (« sur la base de », "on the basis of"). */
        locutions: z.array(nonEmpty).default([]),
        /** Possessive determiners: a name never continues into "… de ses fonctions" / "… of its work". */
        possessiveDeterminers: z.array(nonEmpty).default([]),
        /**
         * Lower-case adjectives of time or order that stand before their noun (« futurs », « próximos »):
         * a complement they open is a circumstance (« pour les futurs rapports »), never part of a name.
         */
        circumstanceAdjectives: z.array(nonEmpty).default([]),
      })
      .strict(),
    boundaries: z.object({ ...documented, phrases: z.array(nonEmpty) }).strict(),
    entitled: z.object({ ...documented, words: z.array(nonEmpty).min(1) }).strict(),
    establishment: z
      .object({
        ...documented,
        words: z.array(nonEmpty).min(1),
        /** Indefinite articles between the creation noun and the body ("Institution d'un Comité …"). */
        indefinites: z.array(nonEmpty).default([]),
      })
      .strict(),
    relative: z
      .object({ ...documented, markers: z.array(nonEmpty), participles: z.record(z.string(), relationType) })
      .strict(),
    passive: z
      .object({
        ...documented,
        phrases: z.record(z.string(), relationType),
        /** Inverted passives before their subject: "décide qu'est instituée une Commission ...". */
        inverted: z.record(z.string(), relationType).optional(),
      })
      .strict(),
    framework: z
      .object({ ...documented, phrases: z.array(nonEmpty), yearMarkers: z.array(nonEmpty) })
      .strict(),
    parent: z.object({ ...documented, phrases: z.array(nonEmpty) }).strict(),
    succession: z.object({ ...documented, phrases: z.array(nonEmpty) }).strict(),
    meetings: z
      .object({
        ...documented,
        conferenceWords: z.array(nonEmpty),
        meetingWords: z.array(nonEmpty),
        plenaryWords: z.array(nonEmpty),
        sessionWords: z.array(nonEmpty),
        ofWords: z.array(nonEmpty),
        possessives: z.array(nonEmpty),
        placeMarkers: z.array(nonEmpty),
        /**
         * Words for one sitting of an organ ("3055th meeting", « 7853e séance », "sesión"): a Meeting when the
         * organ has no session calendar of its own; the other session words give a Session.
         */
        sittingWords: z.array(nonEmpty).default([]),
      })
      .strict(),
    /** Organisations named by the genre's own naming: an organisation head + a marker or an acronym. */
    namedOrganizations: z
      .object({ ...documented })
      .strict()
      .optional(),
    /**
     * Bodies a creation verb makes without naming them ("decides to establish an ad hoc open-ended working
     * group to …", « décide de créer un groupe de travail ad hoc chargé de … »): named by type and mandate.
     */
    describedBodies: z
      .object({
        ...documented,
        /** Lower-case heads beyond the body-type terms ("subsidiary body", « organe subsidiaire »). */
        heads: z.array(nonEmpty).default([]),
        /** Words that open the mandate ("to", "on", « chargé de », "encargado de"). */
        mandateMarkers: z.array(nonEmpty).min(1),
        /** Words between the article and a head-last head ("ad hoc", "open-ended"). */
        modifiers: z.array(nonEmpty).default([]),
        /** Words that give the body its name ("to be known as the ‘Evaluation Body’", « dénommé »). */
        namingMarkers: z.array(nonEmpty).default([]),
      })
      .strict()
      .optional(),
    /**
     * Organs named by their head alone after a definite article ("Requests the Secretariat to …", « le Bureau »):
     * the organ of the document's institution (or of its opening organ) of that type.
     */
    bareOrgans: z
      .object({
        ...documented,
        heads: z.record(z.string(), z.enum(BODY_TYPES, 'not a Body subtype of graph/ontology.yaml')),
      })
      .strict()
      .optional(),
    /** Heads that with a numeral label name a member of a class, not a body ("Group II", "Electoral Group V(a)"). */
    classLabels: z
      .object({ ...documented, heads: z.array(nonEmpty).min(1) })
      .strict()
      .optional(),
    /** Renames: "X is renamed Y", "renames X as Y", « X est renommé Y » -> Y SUCCEEDS X. */
    renaming: z
      .object({
        ...documented,
        passive: z.array(nonEmpty).default([]),
        active: z.array(nonEmpty).default([]),
        joiners: z.array(nonEmpty).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export const GlossarySchema = z
  .object({
    id: ruleId,
    description: nonEmpty,
    terms: z.record(z.string(), nonEmpty),
    keyStopwords: z.array(nonEmpty).default([]),
    examples: z.array(ExampleSchema).min(1),
  })
  .strict();

export const AliasSchema = z
  .object({
    ...documented,
    kind: nodeKind,
    names: perLanguage(z.array(nonEmpty)),
    acronyms: z.array(nonEmpty).default([]),
  })
  .strict();

export const AliasesSchema = z.object({ aliases: z.array(AliasSchema) }).strict();

export type Example = z.infer<typeof ExampleSchema>;
export type CounterExample = z.infer<typeof CounterExampleSchema>;
export type CodeFamily = z.infer<typeof CodeFamilySchema>;
export type CodeReference = z.infer<typeof ReferenceSchema>;
export type Codes = z.infer<typeof CodesSchema>;
export type Institution = z.infer<typeof InstitutionSchema>;
export type InstitutionOrgan = Institution['organs'][number];
export type OrganizationEntry = z.infer<typeof OrganizationSchema>;
export type Organizations = z.infer<typeof OrganizationsSchema>;
export type VerbGroup = z.infer<typeof VerbSchema>;
export type BodyTypeGroup = z.infer<typeof BodyTypeSchema>;
export type AddresseeGroup = z.infer<typeof AddresseeSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
export type AliasEntry = z.infer<typeof AliasSchema>;

/** Everything extraction knows, as validated data (loaded by src/ingest/knowledge.ts). */
export interface Knowledge {
  codes: Codes;
  organizations: Organizations;
  lexicons: Lexicon[];
  glossary: Glossary;
  aliases: AliasEntry[];
  /** Institution profiles (ingest/institutions/*.yaml); their families and references are also in `codes`. */
  institutions: Institution[];
}
