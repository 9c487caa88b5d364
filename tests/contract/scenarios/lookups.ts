import { expect, it } from 'vitest';
import { DOC, foundingExtraction, ID, SECOND_ID, secondExtraction } from '../../fixtures/contract/index.js';
import { type ContractContext, expectCode, ids, seed } from '../context.js';

export function lookupScenarios({ store }: ContractContext): void {
  it('getNodes and getDocuments answer position by position, null when absent', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const nodes = await s.getNodes([ID.cmii, 'body:missing', ID.res04, ID.cmii]);
    expect(nodes.map((n) => n?.id ?? null)).toEqual([ID.cmii, null, ID.res04, ID.cmii]);
    expect(await s.getNodes([])).toEqual([]);
    const docs = await s.getDocuments(['document:missing', DOC.founding]);
    expect(docs.map((d) => d?.id ?? null)).toEqual([null, DOC.founding]);
  });

  it('findByCode matches the canonical code exactly', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    expect((await s.findByCode('AG-2012-RAP-22'))?.id).toBe(ID.rap2012);
    expect((await s.findByCode('AG-2010-RES-08'))?.id).toBe(ID.res2010);
    expect(await s.findByCode('ag-2012-rap-22')).toBeNull();
    expect(await s.findByCode('AG-2099-RES-01')).toBeNull();
  });

  it.each([
    ['the display name', 'CMII Working Group', [ID.cmii]],
    ['the French label, other case', 'groupe de TRAVAIL cmii', [ID.cmii]],
    ['an alias from another document', 'Cyber Crime Working Group', [ID.cmii]],
    ['an acronym, lower case', 'gemc', [ID.gemc]],
    [
      'the French label without accents and with a curly apostrophe',
      'GROUPE OPERATIONNEL D’EXPERTS SUR LA CYBERCRIMINALITE',
      [ID.operational],
    ],
    ['the English label', 'European Cybercrime Centre', [ID.ec3]],
    ['extra spaces', '  member   countries ', [ID.members]],
    ['a French label of an addressee group', 'Pays membres', [ID.members]],
    ['a code-named resolution', 'AG-2016-RES-02', [SECOND_ID]],
    ['a name that does not exist', 'Groupe de travail inexistant', []],
  ])('findByName finds %s', async (_why, name, expected) => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    expect(ids(await s.findByName(name))).toEqual(expected);
  });

  it('findByName filters by kind and rejects unknown kinds', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    expect(ids(await s.findByName('member countries', ['AddresseeGroup']))).toEqual([ID.members]);
    expect(ids(await s.findByName('member countries', ['Body', 'Report']))).toEqual([]);
    await expectCode(s.findByName('member countries', ['Planet']), 'BAD_USER_INPUT');
  });

  it('edges() answers a batch of nodes, by direction and type, ordered by id', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    expect(ids(await s.edges({ ids: [ID.operational, ID.cmii], direction: 'in' }))).toEqual([
      `AUTHORIZES:${ID.res2010}->${ID.cmii}`,
      `PART_OF:${ID.operational}->${ID.cmii}`,
      `THANKS:${ID.res04}->${ID.cmii}`,
      `THANKS:${ID.res04}->${ID.operational}`,
    ]);
    expect(ids(await s.edges({ ids: [ID.operational], direction: 'out' }))).toEqual([
      `PART_OF:${ID.operational}->${ID.cmii}`,
    ]);
    expect(
      ids(await s.edges({ ids: [ID.operational, ID.cmii], direction: 'both', types: ['PART_OF'] })),
    ).toEqual([`PART_OF:${ID.operational}->${ID.cmii}`]);
    expect(ids(await s.edges({ ids: [ID.operational], direction: 'both' }))).toEqual([
      `PART_OF:${ID.operational}->${ID.cmii}`,
      `THANKS:${ID.res04}->${ID.operational}`,
    ]);
    expect(await s.edges({ ids: [], direction: 'both' })).toEqual([]);
  });

  it('relations() pages by edge id with an opaque keyset cursor', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const all = ids((await s.exportAll()).edges);
    expect(all).toHaveLength(13);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await s.relations(undefined, 5, after);
      seen.push(...ids(result.items));
      if (!result.hasNextPage) break;
      after = result.endCursor!;
    }
    expect(seen).toEqual(all);
    const recalls1 = await s.relations('RECALLS', 2);
    expect(ids(recalls1.items)).toEqual([
      `RECALLS:${ID.res04}->${ID.rap2012}`,
      `RECALLS:${ID.res04}->${ID.rap2013}`,
    ]);
    expect(recalls1.hasNextPage).toBe(true);
    const recalls2 = await s.relations('RECALLS', 2, recalls1.endCursor!);
    expect(ids(recalls2.items)).toEqual([`RECALLS:${ID.res04}->${ID.res2010}`]);
    expect(recalls2.hasNextPage).toBe(false);
    const empty = await s.relations('DISSOLVES', 2);
    expect(empty).toEqual({ items: [], hasNextPage: false, endCursor: null });
    await expectCode(s.relations('FOUNDS', 2), 'BAD_USER_INPUT');
    await expectCode(s.relations(undefined, 2, 'not-a-cursor'), 'BAD_USER_INPUT');
    await expectCode(s.relations(undefined, 0), 'BAD_USER_INPUT');
  });

  it('stats() counts documents, nodes and edges by kind and type', async () => {
    const s = store();
    expect(await s.stats()).toEqual({ documents: 0, nodes: 0, edges: 0, nodesByKind: {}, edgesByType: {} });
    await seed(s, foundingExtraction(), secondExtraction());
    expect(await s.stats()).toEqual({
      documents: 2,
      nodes: 14,
      edges: 18,
      nodesByKind: { AddresseeGroup: 1, Body: 4, Organization: 1, Report: 3, Resolution: 3, Session: 2 },
      edgesByType: {
        ADOPTED_AT: 2,
        AUTHORIZES: 1,
        ENCOURAGES: 2,
        ESTABLISHES: 1,
        NOTES: 2,
        PART_OF: 2,
        RECALLS: 4,
        RECOMMENDS: 1,
        THANKS: 3,
      },
    });
  });

  it('exportAll() flattens props after the core fields and sorts by id', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const exported = await s.exportAll();
    expect(ids(exported.nodes)).toEqual([...ids(exported.nodes)].sort());
    const session = exported.nodes.find((n) => n.id === ID.session83);
    expect(Object.keys(session!)).toEqual([
      'id',
      'kind',
      'name',
      'aliases',
      'labels',
      'endDate',
      'ordinal',
      'organ',
      'place',
      'startDate',
    ]);
    expect(session).toMatchObject({
      ordinal: 83,
      place: 'Monaco',
      startDate: '2014-11-03',
      endDate: '2014-11-07',
    });
    const ec3 = exported.nodes.find((n) => n.id === ID.ec3);
    expect(Object.keys(ec3!).slice(0, 6)).toEqual(['id', 'kind', 'name', 'acronym', 'aliases', 'labels']);
    const partOf = exported.edges.find((e) => e.id === `PART_OF:${ID.operational}->${ID.cmii}`);
    expect(Object.keys(partOf!)).toEqual(['id', 'type', 'from', 'to', 'props', 'evidence']);
    expect(Object.keys(partOf!.evidence[0]!)).toEqual([
      'document',
      'clause',
      'function',
      'quote',
      'start',
      'end',
      'rule',
    ]);
  });
}
