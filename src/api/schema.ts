import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildASTSchema, type GraphQLSchema, parse } from 'graphql';
import { buildResolvers } from './resolvers/index.js';

/** The API contract, read at runtime so the file stays the single source of truth. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function readTypeDefs(path = SCHEMA_PATH): string {
  return readFileSync(path, 'utf8');
}

/** schema.graphql with its resolvers attached (resolvers are derived from the schema's own shape). */
export function buildApiSchema(typeDefs = readTypeDefs()): GraphQLSchema {
  const bare = buildASTSchema(parse(typeDefs));
  return makeExecutableSchema({
    typeDefs,
    resolvers: buildResolvers(bare),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
