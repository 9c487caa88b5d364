import { expect } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import type { Extraction } from '../../src/model/index.js';

/** What each scenario file gets: the store of the running test. */
export interface ContractContext {
  store(): GraphStore;
}

/** Write extractions and assert each was written (scenarios start from known data). */
export async function seed(store: GraphStore, ...extractions: Extraction[]): Promise<void> {
  const outcomes = await store.writeDocuments(extractions);
  expect(outcomes.map((o) => o.status)).toEqual(extractions.map(() => 'written'));
}

/** Assert a promise rejects with a public error code. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

export function ids(items: ReadonlyArray<{ id: string }>): string[] {
  return items.map((i) => i.id);
}
