/** Why a request failed, in terms the explorer can show: the API is down, or it answered with an error. */
export type ApiFailure = 'unreachable' | 'http' | 'graphql' | 'invalid-response';

export class ApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    message: string,
    /** The API's public error code (`extensions.code`), when it gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The public GraphQL endpoint, served next to the explorer by `lineage serve`. */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * POST one GraphQL operation. Always sends `content-type: application/json`, which Apollo's CSRF
 * prevention requires. Throws ApiError; never returns partial data as if it were complete.
 */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { signal?: AbortSignal; fetch?: Fetch; endpoint?: string } = {},
): Promise<T> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const endpoint = options.endpoint ?? GRAPHQL_ENDPOINT;
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      'unreachable',
      `Cannot reach the lineage API at ${endpoint}. Is \`lineage serve\` running?`,
    );
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      response.ok ? 'invalid-response' : 'http',
      response.ok
        ? `The lineage API at ${endpoint} did not answer with JSON.`
        : `The lineage API answered HTTP ${response.status} ${response.statusText}.`.trim(),
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError('graphql', code ? `${first.message} (${code})` : first.message, code);
  }
  if (!response.ok) throw new ApiError('http', `The lineage API answered HTTP ${response.status}.`);
  if (body.data === undefined || body.data === null) {
    throw new ApiError('invalid-response', 'The lineage API answered without data.');
  }
  return body.data;
}
