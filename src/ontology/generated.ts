// Generated from graph/ontology.yaml by `npm run gen`: do not edit by hand.

/** Node kinds, in ontology order. */
export const NODE_KINDS = ['Resolution', 'Report', 'Body', 'Conference', 'Meeting', 'Session', 'Organization', 'AddresseeGroup'] as const;
export type NodeKindName = (typeof NODE_KINDS)[number];

/** Relation kinds, in ontology order. */
export const RELATION_KINDS = ['ESTABLISHES', 'AUTHORIZES', 'DISSOLVES', 'RECALLS', 'AMENDS', 'SUPERSEDES', 'NOTES', 'ENDORSES', 'APPROVES', 'THANKS', 'TAKES_INTO_ACCOUNT', 'RECOMMENDS', 'REQUESTS', 'ENCOURAGES', 'WELCOMES', 'INVITES', 'DECIDES', 'PART_OF', 'SUCCEEDS', 'ABOUT', 'ADOPTED_AT'] as const;
export type RelationKindName = (typeof RELATION_KINDS)[number];

/** Subtypes of Body (`bodyType`). */
export const BODY_TYPES = ['working_group', 'expert_group', 'centre', 'committee', 'unit', 'office', 'bureau', 'task_force', 'commission', 'council', 'secretariat', 'network', 'programme', 'project', 'platform', 'initiative', 'other'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** Languages of source texts and labels. */
export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
