import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import type { ContractContext } from './context.js';
import { injectionScenarios } from './scenarios/injection.js';
import { knowledgeScenarios } from './scenarios/knowledge.js';
import { lineageScenarios } from './scenarios/lineage.js';
import { lookupScenarios } from './scenarios/lookups.js';
import { pathScenarios } from './scenarios/path.js';
import { searchScenarios } from './scenarios/search.js';
import { timelineScenarios } from './scenarios/timeline.js';
import { writeScenarios } from './scenarios/writing.js';

export interface ContractOptions {
  /** Per-test timeout in ms (a remote store may need more than the default). */
  timeout?: number;
}

/**
 * The GraphStore contract (docs/store-semantics.md): the same scenarios, inputs and exact expected outputs
 * for every adapter. `makeStore` is called before each test and must return an initialised, EMPTY store
 * (e.g. a fresh temp dir, or a cleared Neo4j database); the suite closes it after the test.
 */
export function defineContractSuite(
  label: string,
  makeStore: () => Promise<GraphStore>,
  options: ContractOptions = {},
): void {
  describe(`GraphStore contract: ${label}`, { timeout: options.timeout }, () => {
    let current: GraphStore | undefined;
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    const context: ContractContext = {
      store: () => {
        if (!current) throw new Error('No store: makeStore() failed');
        return current;
      },
    };
    describe('writing', () => writeScenarios(context));
    describe('lookups', () => lookupScenarios(context));
    describe('search', () => searchScenarios(context));
    describe('lineage', () => lineageScenarios(context));
    describe('path', () => pathScenarios(context));
    describe('timeline', () => timelineScenarios(context));
    describe('injection', () => injectionScenarios(context));
    describe('knowledge fingerprint', () => knowledgeScenarios(context));
  });
}
