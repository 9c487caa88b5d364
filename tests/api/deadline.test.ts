import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../src/errors.js';
import type { GraphStore, ReadBudget } from '../../src/graph/store.js';
import { GEMC } from './fixture.js';
import { apiOver, codes, fixtureStore, run } from './harness.js';

/**
 * A store whose lineage reads never finishes on its own (a query Neo4j would take minutes over): it settles
 * only when the request's budget signal aborts, as a scoped Neo4j read does. Records the budgets it was given.
 */
function hangingLineage(inner: GraphStore): { store: GraphStore; budgets: ReadBudget[] } {
  const budgets: ReadBudget[] = [];
  const view = (budget: ReadBudget): GraphStore =>
    new Proxy(inner, {
      get(target, key, receiver) {
        if (key !== 'lineage' && key !== 'lineageKeys') return Reflect.get(target, key, receiver);
        return () =>
          new Promise((_, reject) => {
            budget.signal.addEventListener('abort', () => reject(budget.signal.reason), { once: true });
          });
      },
    });
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      if (key !== 'scoped') return Reflect.get(target, key, receiver);
      return (budget: ReadBudget) => {
        budgets.push(budget);
        return view(budget);
      };
    },
  });
  return { store, budgets };
}

describe('the request deadline reaches the store (issue 12)', () => {
  it('a store read still running at the deadline is aborted and the request answers LIMIT_EXCEEDED (timeout)', async () => {
    const { store, budgets } = hangingLineage(await fixtureStore());
    const api = await apiOver(store, { requestTimeoutMs: 300 });
    try {
      const started = Date.now();
      const result = await run(api, `{ lineage(id: "${GEMC}", depth: 3) { nodes { hop } } }`);
      expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
      expect(result.errors?.[0]?.extensions?.limit).toBe('timeout');
      expect(result.data ?? null).toBeNull();
      // The read was given this request's budget, and its signal carries the error the client received.
      expect(budgets).toHaveLength(1);
      const [budget] = budgets;
      if (!budget) throw new Error('no budget');
      // The answer may have left through the outer backstop a moment before the deadline timer fired.
      if (!budget.signal.aborted)
        await new Promise((resolve) => budget.signal.addEventListener('abort', resolve));
      expect(budget?.deadline).toBeGreaterThanOrEqual(started + 300);
      expect(budget?.deadline).toBeLessThan(started + 2_000);
      expect(budget?.signal.aborted).toBe(true);
      expect(budget?.signal.reason).toBeInstanceOf(LimitExceededError);
    } finally {
      await api.apollo.stop();
    }
  });

  it('a request that finishes in time leaves its signal unaborted; each request gets its own budget', async () => {
    const { store, budgets } = hangingLineage(await fixtureStore());
    const api = await apiOver(store, { requestTimeoutMs: 5_000 });
    try {
      for (let i = 0; i < 2; i++) {
        const result = await run(api, `{ node(id: "${GEMC}") { id } }`);
        expect(result.errors).toBeUndefined();
      }
      expect(budgets).toHaveLength(2);
      expect(budgets[0]?.signal).not.toBe(budgets[1]?.signal);
      expect(budgets.map((b) => b.signal.aborted)).toEqual([false, false]);
    } finally {
      await api.apollo.stop();
    }
  });

  it('the first budget breach aborts the signal at once, before the deadline', async () => {
    const { store, budgets } = hangingLineage(await fixtureStore());
    const api = await apiOver(store, { requestTimeoutMs: 10_000, maxItemsPerRequest: 1 });
    try {
      const result = await run(api, `{ search(text: "cybercrime", first: 10) { edges { node { id } } } }`);
      expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
      expect(result.errors?.[0]?.extensions?.limit).toBe('items');
      expect(budgets[0]?.signal.aborted).toBe(true);
      expect((budgets[0]?.signal.reason as LimitExceededError | undefined)?.details?.limit).toBe('items');
    } finally {
      await api.apollo.stop();
    }
  });
});
