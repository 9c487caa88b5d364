/** Why a text could not be read as a resolution at all. */
export type ExtractionFailure = 'UNSUPPORTED_LANGUAGE' | 'NO_RESOLUTION';

/**
 * The input is not a resolution. `code` says why (the ingest pipeline reports it as the failure reason);
 * callers exposing it publicly map it to BAD_USER_INPUT.
 */
export class ExtractionError extends Error {
  readonly code: ExtractionFailure;

  constructor(
    code: ExtractionFailure,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }

  /** Alias of `code`. */
  get reason(): ExtractionFailure {
    return this.code;
  }
}
