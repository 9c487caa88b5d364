import type { FailureStage, FileOutcome } from './outcome.js';

/** A 'failed' outcome for one input file. */
export function failedOutcome(
  file: string,
  source: string,
  stage: FailureStage,
  reason: string,
  message: string,
): FileOutcome {
  return { status: 'failed', file, source, stage, reason, message };
}
