import type { ApiLimits, LineageServer, ServerOptions } from '../../src/api/index.js';
import { createServer } from '../../src/api/index.js';
import type { Config } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { testCodeSpellings, testConfig } from './harness.js';

export interface Running {
  server: LineageServer;
  url: string;
  /** POST a GraphQL operation as JSON; returns status, headers and parsed body. */
  post(query: string, variables?: Record<string, unknown>): Promise<Reply>;
  /** POST any body with any headers to /graphql. */
  raw(body: string, headers?: Record<string, string>, method?: string, path?: string): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  } & Record<string, unknown>;
  text: string;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: Reply['body'] = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (static files, plain-text errors): callers look at `text`.
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Start a server on a free port over the given store. */
export async function startServer(
  store: GraphStore,
  options: { limits?: Partial<ApiLimits>; config?: Config; staticDir?: string } & Partial<ServerOptions> = {},
): Promise<Running> {
  const config = { ...(options.config ?? testConfig()), port: 0, host: '127.0.0.1' };
  const server = createServer(config, store, {
    limits: options.limits,
    staticDir: options.staticDir,
    codeSpellings: testCodeSpellings,
  });
  const url = await server.listen();
  const raw = async (
    body: string,
    headers: Record<string, string> = {},
    method = 'POST',
    path = '/graphql',
  ) =>
    reply(
      await fetch(`${url}${path}`, {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
      }),
    );
  return {
    server,
    url,
    raw,
    post: (query, variables) =>
      raw(JSON.stringify({ query, variables }), { 'content-type': 'application/json' }),
  };
}

export function replyCodes(reply: Reply): unknown[] {
  const list = Array.isArray(reply.body)
    ? reply.body.flatMap((b: Reply['body']) => b.errors ?? [])
    : (reply.body.errors ?? []);
  return list.map((e) => e.extensions?.code);
}
