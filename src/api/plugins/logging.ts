import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { LineageError } from '../../errors.js';

/** One log line per operation (name, duration, error codes); unexpected errors logged in full, server-side only. */
export function loggingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof LineageError) continue;
            // Not a LineageError: either a client mistake Apollo caught (no originalError) or a bug.
            if (error.originalError && !(error.originalError instanceof LineageError)) {
              logger.error(
                { err: original, path: error.path },
                'unexpected error while executing an operation',
              );
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          const ms = Math.round((performance.now() - started) * 10) / 10;
          const status = response.http.status ?? 200;
          // The formatted errors, so the log shows the public codes clients saw.
          const result =
            response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const codes = result.errors?.map((e) => e.extensions?.code ?? 'UNCODED');
          logger.info(
            { operation: operationName ?? request.operationName ?? null, ms, status, errors: codes },
            'graphql',
          );
        },
      };
    },
  };
}
