import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureStore } from './harness.js';
import { type Running, replyCodes, startServer } from './http-harness.js';

// Issue 12 item 6 and 7: slow clients, too many connections, static files behind symbolic links.

/** Open a raw TCP connection to the server. */
function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What the server sends until it closes the socket, and how long after `since` it closed it. */
function untilClosed(socket: Socket, since: number): Promise<{ received: string; afterMs: number }> {
  return new Promise((resolve) => {
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve({ received, afterMs: performance.now() - since }));
  });
}

describe('slow clients: header and body deadlines hold as configured', () => {
  let api: Running;
  beforeAll(async () => {
    api = await startServer(await fixtureStore(), { limits: { headersTimeoutMs: 400, bodyTimeoutMs: 900 } });
  });
  afterAll(() => api.server.close());

  it('closes a connection whose headers never finish', async () => {
    const socket = await open(api.url);
    const started = performance.now();
    const closed = untilClosed(socket, started);
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    // Node checks its deadlines every connectionsCheckingInterval: 30 s by default held such a socket 30 s.
    expect(afterMs).toBeGreaterThanOrEqual(350);
    expect(afterMs).toBeLessThan(5_000);
  });

  it('answers 408 and closes a connection whose body trickles in past the deadline', async () => {
    const socket = await open(api.url);
    const started = performance.now();
    const closed = untilClosed(socket, started);
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n',
    );
    // One byte every 100 ms: each write would reset an idle timer, never the request deadline.
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    const { received, afterMs } = await closed;
    clearInterval(drip);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(850);
    expect(afterMs).toBeLessThan(6_000);
  });

  it('still answers a client that sends in time', async () => {
    const reply = await api.post('{ stats { documents } }');
    expect(reply.status).toBe(200);
  });
});

describe('connection cap', () => {
  let api: Running;
  beforeAll(async () => {
    api = await startServer(await fixtureStore(), { limits: { maxConnections: 3 } });
  });
  afterAll(() => api.server.close());

  it('answers 503 with Retry-After beyond the cap, and serves again once connections close', async () => {
    const held = await Promise.all([open(api.url), open(api.url), open(api.url)]);
    const busy = await api.post('{ stats { documents } }');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(replyCodes(busy)).toEqual(['UNAVAILABLE']);
    expect(busy.body.errors?.[0]?.message).toMatch(/more than 3 open connections/);
    await Promise.all(held.map((socket) => new Promise((resolve) => socket.once('close', resolve).end())));
    // The server counts a connection out when its socket closes, a moment after the client's end.
    let reply = await api.post('{ stats { documents } }');
    for (let i = 0; reply.status === 503 && i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reply = await api.post('{ stats { documents } }');
    }
    expect(reply.status).toBe(200);
  });
});

describe('static files behind symbolic links', () => {
  const work = mkdtempSync(join(tmpdir(), 'lineage-static-'));
  const root = join(work, 'explorer');
  let api: Running;
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Explorer</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
    mkdirSync(join(work, 'outside'));
    writeFileSync(join(work, 'outside', 'secret.txt'), 'SECRET-OUTSIDE-THE-ROOT');
    writeFileSync(join(work, 'outside', 'index.html'), 'SECRET-INDEX');
    symlinkSync(join(work, 'outside', 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(join(work, 'outside'), join(root, 'elsewhere'));
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
    api = await startServer(await fixtureStore(), { staticDir: root });
  });
  afterAll(async () => {
    await api.server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each(['/leak.txt', '/elsewhere/secret.txt', '/elsewhere/', '/elsewhere/index.html', '/%6Ceak.txt'])(
    'refuses %s, a link out of the root',
    async (path) => {
      const reply = await api.raw('', {}, 'GET', path);
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain('SECRET');
    },
  );

  it('serves files inside the root, also through a link that stays inside', async () => {
    expect((await api.raw('', {}, 'GET', '/assets/app.js')).text).toContain('app');
    expect((await api.raw('', {}, 'GET', '/alias.js')).status).toBe(200);
    expect((await api.raw('', {}, 'GET', '/')).text).toContain('<title>Explorer</title>');
  });
});
