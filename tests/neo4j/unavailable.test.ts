import { createServer } from 'node:net';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ErrorCode, StoreUnavailableError } from '../../src/errors.js';
import { mapDriverError, Neo4jStore } from '../../src/graph/neo4j/index.js';

/** A port that was just free and is now closed: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('Neo4j unavailable', () => {
  it('a closed port fails fast with StoreUnavailableError (UNAVAILABLE), on init, reads and writes', async () => {
    const store = new Neo4jStore({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: '',
    });
    try {
      for (const call of [
        () => store.init(),
        () => store.health(),
        () => store.getNodes(['x']),
        () => store.removeDocument('x'),
      ]) {
        const started = Date.now();
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as StoreUnavailableError).code).toBe(ErrorCode.UNAVAILABLE);
        expect(Date.now() - started).toBeLessThan(15_000);
      }
    } finally {
      await store.close();
    }
  });

  it('a store configured without a URI says so', () => {
    expect(() => new Neo4jStore({ uri: undefined, user: 'neo4j', password: '' })).toThrow(/NEO4J_URI/);
  });
});

describe('mapDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'server down'],
    ['SessionExpired', 'leader gone'],
    ['Neo.ClientError.Security.Unauthorized', 'bad password'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'database starting'],
  ])('%s becomes StoreUnavailableError (%s)', (code) => {
    const mapped = mapDriverError(new Neo4jError('boom', code, 'boom', 'boom'));
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped).toMatchObject({ code: ErrorCode.UNAVAILABLE, details: { driverCode: code } });
  });

  it('a socket error without a driver code becomes StoreUnavailableError', () => {
    expect(mapDriverError(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it('a query error is not an availability problem: it is returned unchanged', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    expect(mapDriverError(syntax)).toBe(syntax);
    const constraint = new Neo4jError(
      'already exists',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      '22N41',
      'error',
    );
    expect(mapDriverError(constraint)).toBe(constraint);
  });
});
