import { expect, it } from 'vitest';
import { LimitExceededError } from '../../src/errors.js';
import { CypherExecutor, Neo4jStore } from '../../src/graph/neo4j/index.js';
import { describeNeo4j, requireNeo4jTestConfig } from '../setup/neo4j.js';

/** A read that runs for minutes on any server: it counts two billion rows. */
const ENDLESS = {
  cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
  params: {},
};

/** Transactions of this server still running ENDLESS (other than the SHOW statement itself). */
async function runningEndless(executor: CypherExecutor): Promise<number> {
  const rows = await executor.autoCommit({
    cypher: 'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n',
    params: { text: 'range(1, 2000000000)' },
  });
  return Number(rows[0]?.get('n') ?? 0);
}

describeNeo4j('the request budget reaches Neo4j (issue 12)', () => {
  it('the time left becomes the transaction timeout: Neo4j stops the read itself, answered as LIMIT_EXCEEDED', async () => {
    const executor = new CypherExecutor(requireNeo4jTestConfig());
    try {
      const never = new AbortController();
      const error = await executor
        .read(ENDLESS, { signal: never.signal, deadline: Date.now() + 500 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LimitExceededError);
      // The driver code proves the server, not the client, stopped it.
      expect((error as LimitExceededError).details).toMatchObject({ limit: 'timeout' });
      expect(String((error as LimitExceededError).details?.driverCode)).toMatch(/TransactionTimedOut/);
      await expect.poll(() => runningEndless(executor), { timeout: 10_000 }).toBe(0);
    } finally {
      await executor.close();
    }
  });

  it('an abort releases the caller at once with the abort reason; an aborted budget never reaches the server', async () => {
    const executor = new CypherExecutor(requireNeo4jTestConfig());
    try {
      const aborter = new AbortController();
      const reason = new LimitExceededError('spent', { limit: 'items' });
      const pending = executor.read(ENDLESS, { signal: aborter.signal, deadline: Date.now() + 3_000 });
      setTimeout(() => aborter.abort(reason), 200);
      await expect(pending).rejects.toBe(reason);
      await expect(
        executor.read(ENDLESS, { signal: aborter.signal, deadline: Date.now() + 3_000 }),
      ).rejects.toBe(reason);
      // The server-side timeout still ends the abandoned read at its deadline.
      await expect.poll(() => runningEndless(executor), { timeout: 15_000, interval: 250 }).toBe(0);
    } finally {
      await executor.close();
    }
  });

  it('a scoped store view reads with the budget and shares the store: the unscoped store is unaffected', async () => {
    const store = new Neo4jStore(requireNeo4jTestConfig());
    try {
      await store.init();
      const aborter = new AbortController();
      const view = store.scoped({ signal: aborter.signal, deadline: Date.now() + 10_000 });
      await expect(view.health()).resolves.toEqual({ ok: true });
      const reason = new LimitExceededError('late', { limit: 'timeout' });
      aborter.abort(reason);
      await expect(view.getNodes(['body:x'])).rejects.toBe(reason);
      await expect(store.getNodes(['body:x'])).resolves.toEqual([null]);
    } finally {
      await store.close();
    }
  });
});
