import { LANGUAGES } from '../../ontology/generated.js';

/**
 * Internal values of schema enums whose stored form differs from the GraphQL name
 * (stores keep lower-case strings; GraphQL enums are upper-case by convention).
 */
export const enumValues = {
  Language: Object.fromEntries(LANGUAGES.map((code) => [code.toUpperCase(), code])),
  ResolutionStatus: { ADOPTED: 'adopted', DRAFT: 'draft', UNKNOWN: 'unknown' },
  ClauseFunction: {
    HEADER: 'header',
    TITLE: 'title',
    OPENING: 'opening',
    PREAMBLE: 'preamble',
    OPERATIVE: 'operative',
    STATUS: 'status',
    OTHER: 'other',
  },
  EdgeDirection: { OUTGOING: 'out', INCOMING: 'in', BOTH: 'both' },
} as const;
