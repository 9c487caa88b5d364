import { BadInputError } from '../errors.js';

/** Why a text could not be read as a resolution at all. */
export type ExtractionFailure = 'UNSUPPORTED_LANGUAGE' | 'NO_RESOLUTION';

/** The input is not a resolution (public code BAD_USER_INPUT; `reason` says why). */
export class ExtractionError extends BadInputError {
  constructor(
    readonly reason: ExtractionFailure,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { reason, ...details });
  }
}
