import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ErrorCode } from '../../errors.js';
import { lineageErrorOf, publicCode } from './errors.js';

/** One log line per operation (name, duration, error codes); unexpected errors logged in full, server-side only. */
export function loggingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          // One line per kind of client mistake, at info and without a stack (500 bad directives must not
          // write 500 error lines); every internal error at error level with its stack.
          const clientCodes = new Set<string>();
          for (const error of errors) {
            const code = publicCode({ message: error.message, extensions: error.extensions }, error);
            if (code === ErrorCode.INTERNAL) {
              logger.error(
                { err: unwrapResolverError(error), path: error.path },
                'unexpected error while executing an operation',
              );
            } else if (code === ErrorCode.UNAVAILABLE) {
              logger.warn({ err: lineageErrorOf(error), path: error.path }, 'store unavailable');
            } else {
              clientCodes.add(code);
            }
          }
          if (clientCodes.size) logger.info({ codes: [...clientCodes] }, 'client error');
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
