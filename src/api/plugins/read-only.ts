import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { BadInputError } from '../../errors.js';

/**
 * The API is read-only: the schema has no Mutation type, but graphql-js only notices at execution time
 * (and reports it as an execution error). Refuse any non-query operation up front as a 400 BAD_USER_INPUT.
 */
export function readOnlyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation || operation.operation === 'query') return;
          const message = `This API is read-only: ${operation.operation} operations are not supported`;
          throw new GraphQLError(message, {
            originalError: new BadInputError(message),
            extensions: { http: { status: 400 } },
          });
        },
      };
    },
  };
}
