import { ApiError } from '../api/client.ts';

/** What the error banner says: the API's own words (with its code) when it answered, else a plain cause. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}
