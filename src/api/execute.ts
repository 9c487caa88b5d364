import type { FormattedExecutionResult } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Api } from './apollo.js';
import { timeLimitMessage } from './limits.js';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Run one operation through the full pipeline (limits, validation, error codes) without HTTP. */
export async function runOperation(api: Api, operation: Operation): Promise<FormattedExecutionResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<FormattedExecutionResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          errors: [
            {
              message: timeLimitMessage(api.limits),
              extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: 'timeout' },
            },
          ],
        }),
      api.limits.requestTimeoutMs,
    );
  });
  const run = async (): Promise<FormattedExecutionResult> => {
    const response = await api.apollo.executeOperation(operation, { contextValue: api.newContext() });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported');
    return response.body.singleResult;
  };
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
