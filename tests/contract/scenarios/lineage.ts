import { expect, it } from 'vitest';
import type { LineageQuery, LineageResult } from '../../../src/graph/store.js';
import {
  CHAIN_BODIES,
  CHAIN_CONFERENCE,
  chainExtractions,
  chainId,
  chainReportId,
  DOC,
  foundingExtraction,
  ID,
  QUOTE,
  SECOND_ID,
  SECOND_QUOTE,
  SESSION_85,
  secondExtraction,
} from '../../fixtures/contract/index.js';
import { type ContractContext, expectCode, seed } from '../context.js';

const hops = (r: LineageResult) => r.nodes.map((n) => [n.hop, n.node.id]);
const edgeIds = (r: LineageResult) => r.edges.map((e) => e.id);

/** Expected upstream walk from the last chain document: hop h reaches resolution 12-h and the report of 12-h+1. */
function chainUpstream(depth: number): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, chainId(12)]];
  for (let hop = 1; hop <= depth; hop++) {
    const atHop: string[] = [chainReportId(13 - hop)];
    if (hop <= 12) atHop.push(chainId(12 - hop));
    if (hop === 7) atHop.push(...CHAIN_BODIES);
    if (hop === 10) atHop.push(CHAIN_CONFERENCE);
    for (const id of atHop.sort()) out.push([hop, id]);
  }
  return out;
}

export function lineageScenarios({ store }: ContractContext): void {
  const lineage = (q: LineageQuery) => store().lineage(q);

  it('UPSTREAM of GEMC reaches its founding resolution, the CMII Working Group, AG-2010-RES-08 and the reports', async () => {
    await seed(store(), foundingExtraction());
    const result = await lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 3 });
    expect(hops(result)).toEqual([
      [0, ID.gemc],
      [1, ID.res04],
      [2, ID.cmii],
      [2, ID.operational],
      [2, ID.rap2012],
      [2, ID.rap2013],
      [2, ID.rap2014],
      [2, ID.res2010],
      [2, ID.session83],
    ]);
    expect(result.edges.map((e) => [e.id, e.evidence.map((ev) => ev.quote)])).toEqual([
      [`ADOPTED_AT:${ID.res04}->${ID.session83}`, [QUOTE.adoptedAt]],
      [`AUTHORIZES:${ID.res2010}->${ID.cmii}`, [QUOTE.authorizes]],
      [`ESTABLISHES:${ID.res04}->${ID.gemc}`, [QUOTE.establishes]],
      [`NOTES:${ID.res04}->${ID.rap2014}`, [QUOTE.notes]],
      [`PART_OF:${ID.operational}->${ID.cmii}`, [QUOTE.partOfOperational]],
      [`RECALLS:${ID.res04}->${ID.rap2012}`, [QUOTE.recalls2012]],
      [`RECALLS:${ID.res04}->${ID.rap2013}`, [QUOTE.recalls2013]],
      [`RECALLS:${ID.res04}->${ID.res2010}`, [QUOTE.recalls2010]],
      [`THANKS:${ID.res04}->${ID.cmii}`, [QUOTE.thanksCmii]],
      [`THANKS:${ID.res04}->${ID.operational}`, [QUOTE.thanksOperational]],
    ]);
    expect(result.truncated).toEqual([]);
    expect(result.nodes[1]!.node.props.date).toBe('2014-11-07');
  });

  it('returns only edges traversed from nodes below the depth bound', async () => {
    await seed(store(), foundingExtraction());
    const result = await lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 2 });
    expect(result.nodes).toHaveLength(9);
    // AUTHORIZES and PART_OF join two hop-2 nodes: not traversed at depth 2.
    expect(edgeIds(result)).not.toContain(`AUTHORIZES:${ID.res2010}->${ID.cmii}`);
    expect(edgeIds(result)).not.toContain(`PART_OF:${ID.operational}->${ID.cmii}`);
    expect(result.edges).toHaveLength(8);
  });

  it('DOWNSTREAM follows each relation away from its antecedent', async () => {
    await seed(store(), foundingExtraction());
    const result = await lineage({ id: ID.res2010, direction: 'DOWNSTREAM', depth: 3 });
    expect(hops(result)).toEqual([
      [0, ID.res2010],
      [1, ID.cmii],
      [1, ID.res04],
      [2, ID.members],
      [2, ID.ec3],
      [2, ID.gemc],
      [2, ID.operational],
    ]);
    expect(edgeIds(result)).toEqual([
      `AUTHORIZES:${ID.res2010}->${ID.cmii}`,
      `ENCOURAGES:${ID.res04}->${ID.members}`,
      `ESTABLISHES:${ID.res04}->${ID.gemc}`,
      `PART_OF:${ID.operational}->${ID.cmii}`,
      `RECALLS:${ID.res04}->${ID.res2010}`,
      `RECOMMENDS:${ID.res04}->${ID.ec3}`,
      `THANKS:${ID.res04}->${ID.cmii}`,
      `THANKS:${ID.res04}->${ID.operational}`,
    ]);
  });

  it('BOTH ignores antecedents', async () => {
    await seed(store(), foundingExtraction());
    const result = await lineage({ id: ID.ec3, direction: 'BOTH', depth: 1 });
    expect(hops(result)).toEqual([
      [0, ID.ec3],
      [1, ID.europol],
      [1, ID.res04],
    ]);
    expect(edgeIds(result)).toEqual([
      `PART_OF:${ID.ec3}->${ID.europol}`,
      `RECOMMENDS:${ID.res04}->${ID.ec3}`,
    ]);
  });

  it('follows only the requested relation types', async () => {
    await seed(store(), foundingExtraction());
    const result = await lineage({
      id: ID.gemc,
      direction: 'UPSTREAM',
      depth: 3,
      relationTypes: ['ESTABLISHES', 'RECALLS'],
    });
    expect(hops(result)).toEqual([
      [0, ID.gemc],
      [1, ID.res04],
      [2, ID.rap2012],
      [2, ID.rap2013],
      [2, ID.res2010],
    ]);
    expect(edgeIds(result)).toEqual([
      `ESTABLISHES:${ID.res04}->${ID.gemc}`,
      `RECALLS:${ID.res04}->${ID.rap2012}`,
      `RECALLS:${ID.res04}->${ID.rap2013}`,
      `RECALLS:${ID.res04}->${ID.res2010}`,
    ]);
  });

  it('walks a 12-level chain to the depth bound and no further', async () => {
    await seed(store(), ...chainExtractions());
    const full = await lineage({ id: chainId(12), direction: 'UPSTREAM', depth: 12 });
    expect(hops(full)).toEqual(chainUpstream(12));
    expect(full.edges).toHaveLength(28);
    expect(hops(await lineage({ id: chainId(12), direction: 'UPSTREAM', depth: 2 }))).toEqual(
      chainUpstream(2),
    );
  });

  it('perHopLimit keeps the first nodes of a hop by id, counts the rest, and expands only kept nodes', async () => {
    await seed(store(), ...chainExtractions());
    const two = await lineage({ id: chainId(12), direction: 'UPSTREAM', depth: 12, perHopLimit: 2 });
    expect(hops(two)).toEqual([...chainUpstream(6), [7, CHAIN_BODIES[0]], [7, CHAIN_BODIES[1]]]);
    expect(two.truncated).toEqual([{ hop: 7, omitted: 3 }]);
    const one = await lineage({ id: chainId(12), direction: 'UPSTREAM', depth: 12, perHopLimit: 1 });
    expect(hops(one)).toEqual([
      [0, chainId(12)],
      [1, chainReportId(12)],
    ]);
    expect(one.truncated).toEqual([{ hop: 1, omitted: 1 }]);
    expect(edgeIds(one)).toEqual([`NOTES:${chainId(12)}->${chainReportId(12)}`]);
  });

  it('asOf ignores edges stated only after the date and nodes dated after it', async () => {
    await seed(store(), ...chainExtractions());
    // Every edge from the last document is dated 2012-06-01: only the start remains.
    expect(
      hops(await lineage({ id: chainId(12), direction: 'UPSTREAM', depth: 12, asOf: '2011-12-31' })),
    ).toEqual([[0, chainId(12)]]);
    const down = await lineage({ id: chainId(0), direction: 'DOWNSTREAM', depth: 12, asOf: '2005-12-31' });
    expect(hops(down)).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, chainId(i)]));
    expect(down.edges).toHaveLength(5);
    // The conference (dated 2011) is skipped as of 2004 although the edge to it is from 2003.
    const withConference = await lineage({ id: chainId(3), direction: 'UPSTREAM', depth: 1 });
    expect(hops(withConference)).toEqual([
      [0, chainId(3)],
      [1, CHAIN_CONFERENCE],
      [1, chainReportId(3)],
      [1, chainId(2)],
    ]);
    const asOf2004 = await lineage({ id: chainId(3), direction: 'UPSTREAM', depth: 1, asOf: '2004-01-01' });
    expect(hops(asOf2004)).toEqual([
      [0, chainId(3)],
      [1, chainReportId(3)],
      [1, chainId(2)],
    ]);
  });

  it('asOf keeps an edge while any of its evidence documents is old enough', async () => {
    await seed(store(), foundingExtraction(), secondExtraction());
    const asOf2015 = await lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 1, asOf: '2015-01-01' });
    expect(hops(asOf2015)).toEqual([
      [0, ID.gemc],
      [1, ID.res04],
    ]);
    expect(asOf2015.edges[0]!.evidence.map((e) => [e.document, e.quote])).toEqual([
      [DOC.founding, QUOTE.establishes],
      [DOC.second, SECOND_QUOTE.establishes],
    ]);
    // The resolution itself is dated 2014-11-07.
    expect(hops(await lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 1, asOf: '2014-11-06' }))).toEqual(
      [[0, ID.gemc]],
    );
  });

  it("asOf dates a document by its own resolution's date, whatever the document id", async () => {
    await seed(store(), foundingExtraction(), secondExtraction());
    const lateIn2016 = await lineage({ id: SECOND_ID, direction: 'UPSTREAM', depth: 1, asOf: '2016-12-31' });
    expect(hops(lateIn2016)).toEqual([
      [0, SECOND_ID],
      [1, ID.cmii],
      [1, ID.res04],
      [1, SESSION_85],
    ]);
    // Every fact of document:AG-2016-RES-02.en is dated 2016-11-10 (its resolution's date).
    expect(
      hops(await lineage({ id: SECOND_ID, direction: 'UPSTREAM', depth: 1, asOf: '2016-01-01' })),
    ).toEqual([[0, SECOND_ID]]);
  });

  it('lineageKeys is lineage reduced to ids, kinds, hops and edge ends', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction(), ...chainExtractions());
    const queries: LineageQuery[] = [
      { id: chainId(12), direction: 'UPSTREAM', depth: 12 },
      { id: chainId(12), direction: 'UPSTREAM', depth: 12, perHopLimit: 1 },
      { id: chainId(0), direction: 'DOWNSTREAM', depth: 12, asOf: '2005-12-31' },
      { id: ID.res2010, direction: 'DOWNSTREAM', depth: 3, perHopLimit: 2 },
      { id: ID.gemc, direction: 'BOTH', depth: 4, relationTypes: ['ESTABLISHES', 'RECALLS', 'THANKS'] },
    ];
    for (const query of queries) {
      const full = await s.lineage(query);
      expect(await s.lineageKeys(query)).toEqual({
        nodes: full.nodes.map(({ node, hop }) => ({ id: node.id, kind: node.kind, hop })),
        edges: full.edges.map(({ id, type, from, to }) => ({ id, type, from, to })),
        truncated: full.truncated,
      });
      // Without edges: the same nodes, hops and truncation, and no edges.
      const keys = await s.lineageKeys(query);
      expect(await s.lineageKeys(query, { edges: false })).toEqual({ ...keys, edges: [] });
    }
    await expectCode(s.lineageKeys({ id: 'body:missing', direction: 'UPSTREAM', depth: 2 }), 'NOT_FOUND');
    await expectCode(
      s.lineageKeys({ id: 'body:missing', direction: 'UPSTREAM', depth: 2 }, { edges: false }),
      'NOT_FOUND',
    );
    await expectCode(s.lineageKeys({ id: ID.gemc, direction: 'UPSTREAM', depth: 13 }), 'LIMIT_EXCEEDED');
  });

  it('lineageCounts matches lineage without limits', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction(), ...chainExtractions());
    const queries: LineageQuery[] = [
      { id: chainId(12), direction: 'UPSTREAM', depth: 12 },
      { id: chainId(0), direction: 'DOWNSTREAM', depth: 12, asOf: '2005-12-31' },
      { id: ID.res2010, direction: 'DOWNSTREAM', depth: 3 },
      { id: ID.gemc, direction: 'BOTH', depth: 4, relationTypes: ['ESTABLISHES', 'RECALLS', 'THANKS'] },
    ];
    for (const query of queries) {
      const full = await s.lineage(query);
      const counts = await s.lineageCounts(query);
      const perHop = Array.from({ length: query.depth }, (_, i) => ({
        hop: i + 1,
        nodes: full.nodes.filter((n) => n.hop === i + 1).length,
      }));
      const byKind = new Map<string, number>();
      for (const n of full.nodes) byKind.set(n.node.kind, (byKind.get(n.node.kind) ?? 0) + 1);
      expect(counts).toEqual({
        perHop,
        nodes: full.nodes.length,
        edges: full.edges.length,
        byKind: [...byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, count]) => ({ kind, count })),
      });
    }
    const chain = await s.lineageCounts({ id: chainId(12), direction: 'UPSTREAM', depth: 12 });
    expect(chain.perHop.map((h) => h.nodes)).toEqual([2, 2, 2, 2, 2, 2, 5, 2, 2, 3, 2, 2]);
    expect([chain.nodes, chain.edges]).toEqual([29, 28]);
  });

  it('rejects bad lineage arguments with public codes', async () => {
    await seed(store(), foundingExtraction());
    await expectCode(lineage({ id: 'body:missing', direction: 'UPSTREAM', depth: 2 }), 'NOT_FOUND');
    await expectCode(lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 0 }), 'BAD_USER_INPUT');
    await expectCode(lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 13 }), 'LIMIT_EXCEEDED');
    await expectCode(
      lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 2, relationTypes: ['FOUNDS'] }),
      'BAD_USER_INPUT',
    );
    await expectCode(
      lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 2, perHopLimit: 0 }),
      'BAD_USER_INPUT',
    );
    await expectCode(store().lineageCounts({ id: 'body:missing', direction: 'BOTH', depth: 1 }), 'NOT_FOUND');
  });
}
