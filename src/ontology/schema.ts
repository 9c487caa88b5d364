import { z } from 'zod';

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be an identifier');

export const NodeKindSchema = z
  .object({
    description: z.string().min(1),
    key: z.enum(['code', 'name']),
    idPrefix: z.string().regex(/^[a-z]+$/),
    properties: z.array(identifier),
    subtypes: z.array(identifier).optional(),
    indexed: z.array(identifier),
    fulltext: z.array(identifier),
  })
  .strict();

export const RelationKindSchema = z
  .object({
    description: z.string().min(1),
    from: z.array(identifier).min(1),
    to: z.array(identifier).min(1),
    antecedent: z.enum(['source', 'target']),
    /** GraphQL field names: `forward` on the source kinds, `reverse` on the target kinds. */
    fields: z.object({ forward: identifier, reverse: identifier }).strict(),
  })
  .strict();

export const OntologySchema = z
  .object({
    version: z.literal(1),
    languages: z.record(z.string().regex(/^[a-z]{2}$/, 'languages are ISO 639-1 codes'), z.string().min(1)),
    nodeKinds: z.record(identifier, NodeKindSchema),
    relationKinds: z.record(
      z.string().regex(/^[A-Z][A-Z_]*$/, 'relation kinds are UPPER_SNAKE'),
      RelationKindSchema,
    ),
  })
  .strict();

export type NodeKindSpec = z.infer<typeof NodeKindSchema>;
export type RelationKindSpec = z.infer<typeof RelationKindSchema>;
export type OntologyData = z.infer<typeof OntologySchema>;
