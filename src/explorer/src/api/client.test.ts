import { describe, expect, it } from 'vitest';
import { ApiError, type Fetch, request } from './client.ts';

const answer =
  (status: number, body: unknown): Fetch =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('request', () => {
  it('posts JSON with the content type Apollo CSRF prevention requires', async () => {
    let seen: RequestInit = {};
    const fetch: Fetch = async (_url, init) => {
      seen = init;
      return new Response(JSON.stringify({ data: { ok: true } }));
    };
    await expect(request('{ ok }', { a: 1 }, { fetch })).resolves.toEqual({ ok: true });
    expect(seen.method).toBe('POST');
    expect((seen.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(String(seen.body))).toEqual({ query: '{ ok }', variables: { a: 1 } });
  });

  it.each([
    [
      'a network failure says the API is unreachable',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as Fetch,
      { failure: 'unreachable', message: expect.stringMatching(/Cannot reach the lineage API/) },
    ],
    [
      'a GraphQL error keeps the API message and code',
      answer(200, { data: null, errors: [{ message: 'No such node', extensions: { code: 'NOT_FOUND' } }] }),
      { failure: 'graphql', code: 'NOT_FOUND', message: 'No such node (NOT_FOUND)' },
    ],
    [
      'an HTTP error with a GraphQL body reports the body',
      answer(400, { errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT' } }] }),
      { failure: 'graphql', code: 'BAD_USER_INPUT' },
    ],
    [
      'an HTTP error without JSON reports the status',
      answer(502, 'Bad gateway'),
      { failure: 'http', message: expect.stringMatching(/HTTP 502/) },
    ],
    ['a 200 without data is invalid', answer(200, {}), { failure: 'invalid-response' }],
  ])('%s', async (_reason, fetch, expected) => {
    const failure = request('{ x }', {}, { fetch });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject(expected);
  });

  it('lets an abort through untouched, so superseded searches stay silent', async () => {
    const fetch: Fetch = async () => {
      throw new DOMException('aborted', 'AbortError');
    };
    await expect(request('{ x }', {}, { fetch })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
