import { expect, it } from 'vitest';
import type { GraphStore } from '../../../src/graph/store.js';
import type { Extraction } from '../../../src/model/index.js';
import {
  DOC,
  editedFoundingExtraction,
  editedSecondExtraction,
  FOUNDING_TEXT,
  foundingExtraction,
  ID,
  QUOTE,
  referenceExtraction,
  SECOND_ID,
  SECOND_QUOTE,
  SESSION_85,
  secondExtraction,
  secondFrenchExtraction,
} from '../../fixtures/contract/index.js';
import { type ContractContext, ids, seed } from '../context.js';

const GEMC_FR = "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité";

/** Remove every stored document, so one store can compare two write orders. */
async function clear(store: GraphStore, extractions: Extraction[]): Promise<void> {
  for (const e of extractions) await store.removeDocument(e.document.id);
  expect(await store.isEmpty()).toBe(true);
}

export function writeScenarios({ store }: ContractContext): void {
  it('writes a document and reads it back exactly', async () => {
    const s = store();
    expect(await s.isEmpty()).toBe(true);
    const founding = foundingExtraction();
    expect(await s.writeDocuments([founding])).toEqual([
      { status: 'written', document: DOC.founding, nodes: 12, edges: 13 },
    ]);
    expect(await s.isEmpty()).toBe(false);
    expect(await s.getNodes([ID.res04])).toEqual([
      {
        id: ID.res04,
        kind: 'Resolution',
        name: 'AG-2014-RES-04',
        code: 'AG-2014-RES-04',
        aliases: [],
        labels: {},
        props: {
          date: '2014-11-07',
          language: 'fr',
          number: 4,
          organ: 'INTERPOL General Assembly',
          status: 'adopted',
          title: "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
        },
      },
    ]);
    expect(await s.getDocuments([DOC.founding])).toEqual([founding.document]);
    expect(await s.documentHashes([DOC.founding, 'document:missing'])).toEqual(
      new Map([[DOC.founding, founding.document.sha256]]),
    );
    const start = FOUNDING_TEXT.indexOf(QUOTE.establishes);
    expect(await s.edges({ ids: [ID.gemc], direction: 'in' })).toEqual([
      {
        id: `ESTABLISHES:${ID.res04}->${ID.gemc}`,
        type: 'ESTABLISHES',
        from: ID.res04,
        to: ID.gemc,
        evidence: [
          {
            document: DOC.founding,
            clause: 2,
            function: 'title',
            quote: QUOTE.establishes,
            start,
            end: start + QUOTE.establishes.length,
            rule: 'fr.title.creation',
          },
        ],
      },
    ]);
    const partOf = await s.edges({ ids: [ID.operational], direction: 'out' });
    expect(partOf.map((e) => [e.id, e.props])).toEqual([
      [`PART_OF:${ID.operational}->${ID.cmii}`, { year: 2012 }],
    ]);
  });

  it('every stored quote is the source text at its offsets', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    const texts = new Map((await s.getDocuments([DOC.founding, DOC.second])).map((d) => [d!.id, d!.text]));
    const { edges } = await s.exportAll();
    expect(edges).toHaveLength(18);
    for (const edge of edges) {
      for (const ev of edge.evidence) expect(texts.get(ev.document)!.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('writing the same documents twice changes nothing (identical export)', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    const first = await s.exportAll();
    expect(await s.writeDocuments([foundingExtraction(), secondExtraction()])).toEqual([
      { status: 'unchanged', document: DOC.founding },
      { status: 'unchanged', document: DOC.second },
    ]);
    const second = await s.exportAll();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(await s.stats()).toMatchObject({ documents: 2, nodes: 14, edges: 18 });
  });

  it('the merged graph does not depend on the order documents are written in', async () => {
    const s = store();
    const docs = [foundingExtraction(), secondExtraction()];
    await seed(s, ...docs);
    const forward = JSON.stringify(await s.exportAll());
    await clear(s, docs);
    await seed(s, ...[...docs].reverse());
    expect(JSON.stringify(await s.exportAll())).toBe(forward);
  });

  it('merges entities stated by several documents (own document first, then by document id)', async () => {
    const s = store();
    await seed(s, secondExtraction(), foundingExtraction());
    const [res04, gemc, cmii] = await s.getNodes([ID.res04, ID.gemc, ID.cmii]);
    // The resolution's own document wins over the second document's "Overridden title".
    expect(res04!.props.title).toBe(
      "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
    );
    expect(gemc).toEqual({
      id: ID.gemc,
      kind: 'Body',
      name: 'INTERPOL Global Cybercrime Expert Group',
      acronym: 'GEMC',
      aliases: [GEMC_FR],
      labels: { en: 'INTERPOL Global Cybercrime Expert Group', fr: GEMC_FR },
      props: { bodyType: 'expert_group' },
    });
    expect(cmii!.aliases).toEqual(['Cyber Crime Working Group']);
    const [establishes] = await s.edges({ ids: [ID.gemc], direction: 'in' });
    expect(establishes!.evidence.map((e) => [e.document, e.quote])).toEqual([
      [DOC.founding, QUOTE.establishes],
      [DOC.second, SECOND_QUOTE.establishes],
    ]);
  });

  it('re-ingesting an edited document replaces its facts and keeps shared entities', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    const edited = editedFoundingExtraction();
    expect(await s.writeDocuments([edited])).toEqual([
      { status: 'written', document: DOC.founding, nodes: 9, edges: 10 },
    ]);
    // Only the founding document stated EC3, Europol and its RECOMMENDS / ENCOURAGES facts.
    expect(await s.getNodes([ID.ec3, ID.europol, ID.members])).toEqual([
      null,
      null,
      expect.objectContaining({ id: ID.members }),
    ]);
    const membersIn = await s.edges({ ids: [ID.members], direction: 'in' });
    expect(ids(membersIn)).toEqual([`ENCOURAGES:${SECOND_ID}->${ID.members}`]);
    expect(ids(await s.edges({ ids: [ID.res04], direction: 'out' }))).not.toContain(
      `RECOMMENDS:${ID.res04}->${ID.ec3}`,
    );
    // Offsets now point into the edited text.
    const [doc] = await s.getDocuments([DOC.founding]);
    expect(doc!.text).toBe(edited.document.text);
    const [adopted] = await s.edges({ ids: [ID.session83], direction: 'in' });
    expect(doc!.text.slice(adopted!.evidence[0]!.start, adopted!.evidence[0]!.end)).toBe(QUOTE.adoptedAt);
    expect(await s.stats()).toMatchObject({ documents: 2, nodes: 12, edges: 15 });
    // Same state as writing the edited version from scratch.
    const replaced = JSON.stringify(await s.exportAll());
    await clear(s, [edited, secondExtraction()]);
    await seed(s, edited, secondExtraction());
    expect(JSON.stringify(await s.exportAll())).toBe(replaced);
  });

  it('an edit that drops one clause removes only the edges that clause evidenced', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    const before = ids((await s.exportAll()).edges);
    expect(await s.writeDocuments([editedSecondExtraction()])).toMatchObject([{ status: 'written' }]);
    const after = ids((await s.exportAll()).edges);
    expect(before.filter((id) => !after.includes(id))).toEqual([`NOTES:${SECOND_ID}->${ID.cmii}`]);
    expect(after.filter((id) => !before.includes(id))).toEqual([]);
  });

  it('removeDocument removes what only that document stated', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    expect(await s.removeDocument(DOC.second)).toBe(true);
    expect(await s.removeDocument(DOC.second)).toBe(false);
    expect(await s.getNodes([SECOND_ID, SESSION_85, ID.members])).toEqual([
      null,
      null,
      expect.objectContaining({ id: ID.members }),
    ]);
    // GEMC falls back to what the founding document says.
    const [gemc] = await s.getNodes([ID.gemc]);
    expect([gemc!.name, gemc!.aliases, gemc!.labels]).toEqual([GEMC_FR, [], { fr: GEMC_FR }]);
    const [establishes] = await s.edges({ ids: [ID.gemc], direction: 'in' });
    expect(establishes!.evidence.map((e) => e.document)).toEqual([DOC.founding]);
    // Same state as if the second document had never been written.
    const afterRemoval = JSON.stringify(await s.exportAll());
    await clear(s, [foundingExtraction()]);
    await seed(s, foundingExtraction());
    expect(JSON.stringify(await s.exportAll())).toBe(afterRemoval);
  });

  it('removing the founding document keeps what another document still states', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction());
    expect(await s.removeDocument(DOC.founding)).toBe(true);
    const [res04, operational, gemc] = await s.getNodes([ID.res04, ID.operational, ID.gemc]);
    expect(res04).toEqual({
      id: ID.res04,
      kind: 'Resolution',
      name: 'AG-2014-RES-04',
      code: 'AG-2014-RES-04',
      aliases: [],
      labels: {},
      props: { title: 'Overridden title' },
    });
    expect(operational).toBeNull();
    expect(gemc!.aliases).toEqual([]);
    expect(await s.getDocuments([DOC.founding])).toEqual([null]);
    expect(await s.stats()).toEqual({
      documents: 1,
      nodes: 6,
      edges: 6,
      nodesByKind: { AddresseeGroup: 1, Body: 2, Resolution: 2, Session: 1 },
      edgesByType: { ADOPTED_AT: 1, ENCOURAGES: 1, ESTABLISHES: 1, NOTES: 1, RECALLS: 1, THANKS: 1 },
    });
    expect(await s.removeDocument(DOC.second)).toBe(true);
    expect(await s.isEmpty()).toBe(true);
    expect(await s.exportAll()).toEqual({ nodes: [], edges: [] });
  });

  it("keeps the resolution's own text's values over a citing document with a smaller id", async () => {
    const s = store();
    await seed(s, referenceExtraction(), foundingExtraction());
    const [res04] = await s.getNodes([ID.res04]);
    expect(res04!.props).toEqual({
      date: '2014-11-07',
      language: 'fr',
      number: 4,
      organ: 'INTERPOL General Assembly',
      // Only the citing document gives a place: it fills the gap.
      place: 'Monaco',
      status: 'adopted',
      title: "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
    });
    const forward = JSON.stringify(await s.exportAll());
    await clear(s, [referenceExtraction(), foundingExtraction()]);
    await seed(s, foundingExtraction(), referenceExtraction());
    expect(JSON.stringify(await s.exportAll())).toBe(forward);
  });

  it('merges the language versions of one resolution (documents sharing their own node)', async () => {
    const s = store();
    await seed(s, secondFrenchExtraction(), secondExtraction());
    const [resolution] = await s.getNodes([SECOND_ID]);
    // Both documents are the node's own; the smaller document id (.en) wins.
    expect([resolution!.props.title, resolution!.props.language]).toEqual([
      'Work of the INTERPOL Global Cybercrime Expert Group',
      'en',
    ]);
    const [thanks] = await s.edges({ ids: [SECOND_ID], direction: 'out', types: ['THANKS'] });
    expect(thanks!.evidence.map((e) => e.document)).toEqual([DOC.second, DOC.secondFr]);
    // Clause text of both versions is searchable on the resolution.
    const hit = async (text: string) =>
      (await s.search({ text, first: 5 })).items.map((h) => [h.score, h.node.id]);
    expect(await hit('partager')).toEqual([[2, SECOND_ID]]);
    expect(await hit('mandate')).toEqual([[2, SECOND_ID]]);
    expect(await s.removeDocument(DOC.second)).toBe(true);
    const [french] = await s.getNodes([SECOND_ID]);
    expect([french!.props.title, french!.props.language]).toEqual([
      "Travaux du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité",
      'fr',
    ]);
    expect(await hit('mandate')).toEqual([]);
    expect(await hit('partager')).toEqual([[2, SECOND_ID]]);
  });

  it('rejects an invalid extraction with a clear error and still writes the others', async () => {
    const s = store();
    const bad = secondExtraction();
    bad.edges = [...bad.edges, { ...bad.edges[0]!, id: 'FOUNDS:a->b', type: 'FOUNDS', from: 'a', to: 'b' }];
    const dangling = secondExtraction();
    dangling.document = { ...dangling.document, id: 'document:dangling.en', sha256: 'x' };
    const outcomes = await s.writeDocuments([bad, foundingExtraction(), dangling]);
    expect(outcomes[0]).toMatchObject({ status: 'failed', document: DOC.second });
    expect(outcomes[0]!.status === 'failed' && outcomes[0]!.error).toContain(
      'unknown relation type "FOUNDS"',
    );
    expect(outcomes[1]).toEqual({ status: 'written', document: DOC.founding, nodes: 12, edges: 13 });
    expect(outcomes[2]!.status === 'failed' && outcomes[2]!.error).toContain('evidence[0].document must be');
    expect(await s.getDocuments([DOC.second])).toEqual([null]);
    expect(await s.stats()).toMatchObject({ documents: 1, nodes: 12, edges: 13 });
  });
}
