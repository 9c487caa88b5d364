import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { ApiLimits } from '../limits.js';

/** Extension key marking an error as a breached limit; formatError turns it into LIMIT_EXCEEDED. */
export const LIMIT_EXTENSION = 'limit';

/** Report armor's rejection as our own error: Apollo would otherwise code it GRAPHQL_VALIDATION_FAILED. */
const reportAs =
  (limit: string) =>
  (ctx: ValidationContext | null, error: GraphQLError): void => {
    ctx?.reportError(new GraphQLError(error.message, { extensions: { [LIMIT_EXTENSION]: limit } }));
  };

/**
 * graphql-armor's validation rules for depth, cost, aliases and directives, configured from ApiLimits.
 * Token counting uses graphql-js's own parser limit (ApolloServer `parseOptions.maxTokens`) instead of armor's
 * max-tokens plugin, whose parse-time throw Apollo turns into an uncoded 500.
 */
export function armorProtection(limits: ApiLimits, production: boolean) {
  const callbacks = (limit: string) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxQueryDepth, ignoreIntrospection: true, ...callbacks('depth') },
    costLimit: {
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...callbacks('cost'),
    },
    maxAliases: { n: limits.maxAliases, ...callbacks('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...callbacks('directives') },
    maxTokens: { enabled: false },
    // Field suggestions help developers but map the schema for attackers: production only.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
