import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import type { Config } from '../../config.js';
import { ErrorCode } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import { type Api, type ApiOptions, createApi } from '../apollo.js';
import { handleGraphql } from './graphql.js';
import { handleHealth } from './health.js';
import { sendGraphqlError } from './respond.js';
import { staticHandler } from './static.js';

export interface ServerOptions extends ApiOptions {
  /** Folder of the explorer's production build (default: src/explorer/dist). */
  staticDir?: string;
}

export interface LineageServer {
  /** Start Apollo and listen on config.host:config.port (0 picks a free port); resolves to the base URL. */
  listen(): Promise<string>;
  /** Stop accepting requests, drop idle connections, stop Apollo. The store stays open (its owner closes it). */
  close(): Promise<void>;
  /** Base URL once listening, e.g. `http://127.0.0.1:4000`. */
  readonly url: string;
}

/**
 * The HTTP face of the API on plain node:http: `/graphql` (Apollo via executeHTTPGraphQLRequest),
 * `/healthz`, and the explorer's static files at `/`.
 */
export function createServer(config: Config, store: GraphStore, options: ServerOptions): LineageServer {
  let api: Api | undefined;
  let url = '';
  const serveStatic = staticHandler(options.staticDir);
  const corsHandler = cors({
    origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins.length ? config.corsOrigins : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });

  const route = async (req: IncomingMessage, res: ServerResponse, ready: Api) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    if (pathname === '/graphql') return handleGraphql(ready, req, res, search);
    if (pathname === '/healthz')
      return handleHealth(res, store, ready.limits.healthTimeoutMs, !config.production);
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res);
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
  };

  const server = createHttpServer((req, res) => {
    const ready = api;
    if (!ready) return sendGraphqlError(res, 503, ErrorCode.UNAVAILABLE, 'Server is starting');
    corsHandler(req, res, () => {
      route(req, res, ready).catch((error: unknown) => {
        ready.logger.error({ err: error, url: req.url }, 'unhandled error in HTTP handler');
        if (!res.headersSent) sendGraphqlError(res, 500, ErrorCode.INTERNAL, 'Internal server error');
        else res.destroy();
      });
    });
  });

  return {
    async listen() {
      api ??= await createApi(config, store, options);
      // Bound every phase of a request so slow clients cannot hold sockets open (slowloris).
      server.requestTimeout = api.limits.requestTimeoutMs + 5_000;
      server.headersTimeout = Math.min(server.requestTimeout, 10_000);
      server.keepAliveTimeout = 5_000;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      url = `http://${host}:${address.port}`;
      return url;
    },
    async close() {
      if (server.listening) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
      }
      await api?.apollo.stop();
      api = undefined;
    },
    get url() {
      return url;
    },
  };
}
