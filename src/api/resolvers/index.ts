import {
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  JSONResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
} from 'graphql-scalars';
import type { GraphNode } from '../../model/index.js';
import { computedEntityFields, NODE_FIELDS, propResolver } from './entity.js';
import { enumValues } from './enums.js';
import { type FollowSpec, followResolver } from './follow.js';
import { provenanceResolvers } from './provenance.js';
import { queryResolvers } from './query.js';

const ENTITY_INTERFACE = 'Entity';

/** Resolver map in @graphql-tools' shape (type name → field resolvers, scalar, or enum values). */
export type ResolverMap = Record<string, object>;

/** Read `@follow(type, direction)` off a field definition, if present. */
export function followSpecOf(field: GraphQLField<unknown, unknown>): FollowSpec | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'follow');
  if (!directive) return undefined;
  const arg = (name: string) => {
    const value = directive.arguments?.find((a) => a.name.value === name)?.value;
    if (value?.kind !== 'EnumValue') throw new Error(`@follow on ${field.name} needs an enum ${name}`);
    return value.value;
  };
  const direction = arg('direction');
  const unwrapped: GraphQLOutputType = isNonNullType(field.type) ? field.type.ofType : field.type;
  const item = getNamedType(field.type);
  return {
    type: arg('type'),
    side: direction === 'OUTGOING' ? 'out' : 'in',
    list: isListType(unwrapped),
    onlyKind: isObjectType(item) ? item.name : undefined,
  };
}

/**
 * Resolvers generated from the schema itself: every object type implementing Entity gets
 * @follow fields, computed fields by name, and kind-specific props read from `node.props`.
 * Kind names are never written here: type names equal ontology kinds (a test checks it).
 */
export function buildResolvers(schema: GraphQLSchema): ResolverMap {
  const resolvers: ResolverMap = {
    Date: DateResolver,
    DateTime: DateTimeResolver,
    JSON: JSONResolver,
    NonNegativeInt: NonNegativeIntResolver,
    PositiveInt: PositiveIntResolver,
    ...enumValues,
    Query: queryResolvers,
    ...provenanceResolvers,
    Node: { __resolveType: (node: GraphNode) => node.kind },
    Entity: { __resolveType: (node: GraphNode) => node.kind },
  };
  const entity = schema.getType(ENTITY_INTERFACE);
  if (!isInterfaceType(entity)) throw new Error(`schema.graphql must declare interface ${ENTITY_INTERFACE}`);
  for (const type of schema.getPossibleTypes(entity)) {
    const fields: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const follow = followSpecOf(field);
      if (follow) fields[field.name] = followResolver(follow);
      else if (computedEntityFields[field.name]) fields[field.name] = computedEntityFields[field.name];
      else if (!NODE_FIELDS.has(field.name)) fields[field.name] = propResolver(field.name);
    }
    resolvers[type.name] = fields as object;
  }
  return resolvers;
}
