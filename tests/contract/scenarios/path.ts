import { expect, it } from 'vitest';
import type { PathResult } from '../../../src/graph/store.js';
import {
  chainExtractions,
  chainId,
  foundingExtraction,
  ID,
  QUOTE,
  SECOND_ID,
  secondExtraction,
} from '../../fixtures/contract/index.js';
import { type ContractContext, expectCode, ids, seed } from '../context.js';

const shape = (p: PathResult | null) => (p ? { nodes: ids(p.nodes), edges: ids(p.edges) } : null);

export function pathScenarios({ store }: ContractContext): void {
  it('finds the shortest path ignoring direction, with the evidence of each hop', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const path = await s.path({ from: ID.europol, to: ID.res2010, maxDepth: 6 });
    expect(shape(path)).toEqual({
      nodes: [ID.europol, ID.ec3, ID.res04, ID.res2010],
      edges: [
        `PART_OF:${ID.ec3}->${ID.europol}`,
        `RECOMMENDS:${ID.res04}->${ID.ec3}`,
        `RECALLS:${ID.res04}->${ID.res2010}`,
      ],
    });
    expect(path!.edges.map((e) => e.evidence.map((ev) => ev.quote))).toEqual([
      [QUOTE.partOfEc3],
      [QUOTE.recommends],
      [QUOTE.recalls2010],
    ]);
  });

  it('breaks ties by the smallest node-id sequence, then the smallest edge id', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    // Two shortest paths: via the CMII Working Group or via AG-2014-RES-04; "body:…" sorts first.
    expect(shape(await s.path({ from: ID.operational, to: ID.res2010, maxDepth: 4 }))).toEqual({
      nodes: [ID.operational, ID.cmii, ID.res2010],
      edges: [`PART_OF:${ID.operational}->${ID.cmii}`, `AUTHORIZES:${ID.res2010}->${ID.cmii}`],
    });
    // AG-2016-RES-02 both NOTES and THANKS the CMII Working Group: the smaller edge id wins.
    expect(shape(await s.path({ from: SECOND_ID, to: ID.cmii, maxDepth: 1 }))).toEqual({
      nodes: [SECOND_ID, ID.cmii],
      edges: [`NOTES:${SECOND_ID}->${ID.cmii}`],
    });
    expect(
      shape(
        await s.path({
          from: ID.operational,
          to: ID.res2010,
          maxDepth: 4,
          relationTypes: ['THANKS', 'RECALLS'],
        }),
      ),
    ).toEqual({
      nodes: [ID.operational, ID.res04, ID.res2010],
      edges: [`THANKS:${ID.res04}->${ID.operational}`, `RECALLS:${ID.res04}->${ID.res2010}`],
    });
  });

  it('returns null when unreachable, too far or absent; a one-node path from a node to itself', async () => {
    const s = store();
    await seed(s, foundingExtraction(), ...chainExtractions());
    expect(await s.path({ from: ID.europol, to: chainId(0), maxDepth: 12 })).toBeNull();
    expect(await s.path({ from: ID.europol, to: ID.res2010, maxDepth: 2 })).toBeNull();
    expect(await s.path({ from: 'body:missing', to: ID.res2010, maxDepth: 3 })).toBeNull();
    expect(shape(await s.path({ from: ID.gemc, to: ID.gemc, maxDepth: 1 }))).toEqual({
      nodes: [ID.gemc],
      edges: [],
    });
    expect(shape(await s.path({ from: chainId(12), to: chainId(0), maxDepth: 12 }))?.nodes).toHaveLength(13);
    await expectCode(s.path({ from: ID.gemc, to: ID.res04, maxDepth: 0 }), 'BAD_USER_INPUT');
    await expectCode(s.path({ from: ID.gemc, to: ID.res04, maxDepth: 13 }), 'LIMIT_EXCEEDED');
    await expectCode(
      s.path({ from: ID.gemc, to: ID.res04, maxDepth: 2, relationTypes: ['FOUNDS'] }),
      'BAD_USER_INPUT',
    );
  });
}
