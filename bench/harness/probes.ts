/** Start nodes for lineage questions: the ends of the generator's deepest chains, found by acronym and code. */
import type { GraphStore } from '../../src/graph/store.js';
import type { Manifest } from '../generate/index.js';
import { NotRun } from './result.js';

export async function lineageStarts(
  store: GraphStore,
  manifest: Manifest | undefined,
  max = 8,
): Promise<string[]> {
  if (!manifest) throw new NotRun('no generated corpus manifest');
  const ids: string[] = [];
  for (const probe of manifest.probes) {
    const bodies = await store.findByName(probe.acronym, ['Body']);
    if (bodies[0]) ids.push(bodies[0].id);
    const resolution = await store.findByCode(probe.resolution);
    if (resolution) ids.push(resolution.id);
    if (ids.length >= max) break;
  }
  const unique = [...new Set(ids)].slice(0, max);
  if (unique.length === 0)
    throw new NotRun('none of the planted deep chains was found in the store (extraction missed them)');
  return unique;
}
