import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ErrorCode } from '../../errors.js';
import type { Api } from '../apollo.js';
import { timeLimitMessage } from '../limits.js';
import { BodyTooLargeError, readBody } from './body.js';
import { sendGraphqlError } from './respond.js';

const TIMED_OUT = Symbol('timed out');

/** Parse a JSON body (throws on malformed JSON); other content types pass through for Apollo to refuse. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  // Only JSON bodies are parsed; Apollo rejects other content types (and its CSRF check relies on that).
  if (!contentType?.toLowerCase().includes('json')) return raw;
  if (raw.trim() === '') return undefined;
  return JSON.parse(raw);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** POST/GET /graphql: body limits and batch limits here, everything else in Apollo's pipeline. */
export async function handleGraphql(
  api: Api,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  let body: unknown;
  if (method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, api.limits.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return sendGraphqlError(res, 413, ErrorCode.LIMIT_EXCEEDED, error.message);
      }
      throw error;
    }
    try {
      body = parseBody(raw, req.headers['content-type']);
    } catch {
      return sendGraphqlError(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
    }
    if (Array.isArray(body) && body.length > api.limits.maxBatchSize) {
      return sendGraphqlError(
        res,
        400,
        ErrorCode.LIMIT_EXCEEDED,
        `A batch may hold at most ${api.limits.maxBatchSize} operations (got ${body.length})`,
      );
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers: headerMap(req), search, body };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), api.limits.requestTimeoutMs);
  });
  try {
    const response = await Promise.race([
      api.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => api.newContext() }),
      timeout,
    ]);
    if (response === TIMED_OUT) {
      return sendGraphqlError(
        res,
        504,
        ErrorCode.LIMIT_EXCEEDED,
        timeLimitMessage(api.limits),
        {},
        { limit: 'timeout' },
      );
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Encode once and declare the length: `end(string)` would scan the text for its UTF-8 length, then encode it.
      const payload = Buffer.from(response.body.string, 'utf8');
      // Backstop of the byte budget counted during execution (which counts text, not JSON punctuation).
      if (payload.length > api.limits.maxResponseBytes) {
        res.removeHeader('content-type');
        return sendGraphqlError(
          res,
          400,
          ErrorCode.LIMIT_EXCEEDED,
          `Response would exceed ${api.limits.maxResponseBytes} bytes; ask for less`,
        );
      }
      res.setHeader('content-length', payload.length);
      res.end(payload);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } finally {
    clearTimeout(timer);
  }
}
