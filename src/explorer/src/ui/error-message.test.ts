import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { errorMessage } from './error-message.ts';

describe('errorMessage', () => {
  it.each([
    [
      'API errors are shown as the API said them',
      new ApiError('graphql', 'No such node (NOT_FOUND)'),
      'No such node (NOT_FOUND)',
    ],
    ['other errors name their cause', new Error('boom'), 'Something went wrong: boom'],
    ['non-errors still give a sentence', 42, 'Something went wrong.'],
  ])('%s', (_reason, error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
