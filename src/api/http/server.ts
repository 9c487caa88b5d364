import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import cors from 'cors';
import type { Config } from '../../config.js';
import { ErrorCode } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import { type Api, type ApiOptions, createApi } from '../apollo.js';
import { DEFAULT_API_LIMITS } from '../limits.js';
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

  const limits = { ...DEFAULT_API_LIMITS, ...options.limits };
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.bodyTimeoutMs);
  const server = createHttpServer(
    {
      // Bound every phase of a request so slow clients cannot hold sockets open (slowloris). Node checks
      // these deadlines only every connectionsCheckingInterval (30 s by default, which let sockets live
      // 30-45 s against 10-20 s configured): about once a second, or finer for short test limits.
      headersTimeout,
      requestTimeout: limits.bodyTimeoutMs,
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 4))),
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      if (overCapacity.has(req.socket)) {
        // Answered at once rather than queued behind the connections being served; the socket then closes.
        return sendGraphqlError(
          res,
          503,
          ErrorCode.UNAVAILABLE,
          `Server busy: more than ${limits.maxConnections} open connections; retry shortly`,
          { 'retry-after': '1', connection: 'close' },
        );
      }
      handle(req, res);
    },
  );
  // Connections over the cap get a 503 for their first request; twice the cap, the socket is not even read.
  let open = 0;
  const overCapacity = new WeakSet<Socket>();
  server.maxConnections = 2 * limits.maxConnections;
  server.on('connection', (socket: Socket) => {
    if (open >= limits.maxConnections) {
      overCapacity.add(socket);
      return;
    }
    open++;
    socket.once('close', () => open--);
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const ready = api;
    if (!ready) {
      sendGraphqlError(res, 503, ErrorCode.UNAVAILABLE, 'Server is starting');
      return;
    }
    corsHandler(req, res, () => {
      route(req, res, ready).catch((error: unknown) => {
        ready.logger.error({ err: error, url: req.url }, 'unhandled error in HTTP handler');
        if (!res.headersSent) sendGraphqlError(res, 500, ErrorCode.INTERNAL, 'Internal server error');
        else res.destroy();
      });
    });
  }

  return {
    async listen() {
      api ??= await createApi(config, store, options);
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
