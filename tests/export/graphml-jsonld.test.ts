import { describe, expect, it } from 'vitest';
import type { ExportOutput } from '../../src/export/format.js';
import { graphmlFormat } from '../../src/export/graphml.js';
import { EXPORT_FORMATS } from '../../src/export/index.js';
import { JSONLD_CONTEXT, jsonldFormat } from '../../src/export/jsonld.js';
import { sampleGraph } from './sample-graph.js';

function textOf(output: ExportOutput): string {
  if (output.type !== 'text') throw new Error('expected one text');
  return output.text;
}

describe('graphml export', () => {
  const xml = textOf(graphmlFormat.render(sampleGraph()));

  it('declares label keys per language, aliases and typed property keys', () => {
    for (const key of ['label_en', 'label_fr', 'label_es', 'aliases', 'kind', 'name']) {
      expect(xml).toContain(`<key id="${key}" for="node" attr.name="${key}" attr.type="string"/>`);
    }
    expect(xml).toContain('<key id="p_number" for="node" attr.name="number" attr.type="int"/>');
    expect(xml).toContain('<key id="q_year" for="edge" attr.name="year" attr.type="int"/>');
    expect(xml).not.toContain('attr.name="x"');
  });

  it('escapes text and writes labels, aliases and edges with their first quote', () => {
    expect(xml).toContain('<data key="label_fr">Groupe de travail CMII</data>');
    expect(xml).toContain('<data key="aliases">Groupe de travail CMII | WG; CMII</data>');
    expect(xml).toContain('Création du &quot;GEMC&quot;, &lt;cybercriminalité&gt;');
    expect(xml).toContain(
      '<edge id="RECALLS:resolution:AG-2014-RES-04-&gt;resolution:AG-2010-RES-08" source="resolution:AG-2014-RES-04" target="resolution:AG-2010-RES-08">',
    );
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });

  it('writes positions when they are known', () => {
    const positioned = textOf(
      graphmlFormat.render(sampleGraph(), {
        positions: new Map([['resolution:AG-2010-RES-08', { x: 1.5, y: -2 }]]),
      }),
    );
    expect(positioned).toContain('<key id="x" for="node" attr.name="x" attr.type="double"/>');
    expect(positioned).toContain('<data key="x">1.5</data><data key="y">-2</data>');
  });
});

describe('jsonld export', () => {
  const doc = JSON.parse(textOf(jsonldFormat.render(sampleGraph()))) as {
    '@context': unknown;
    '@graph': Array<Record<string, unknown>>;
  };
  const byId = new Map(doc['@graph'].map((n) => [n['@id'], n]));

  it('uses the documented context, with ELI for codes, titles, dates and citations', () => {
    expect(doc['@context']).toEqual(JSONLD_CONTEXT);
    expect(JSONLD_CONTEXT.code).toBe('eli:id_local');
    const res = byId.get('resolution:AG-2014-RES-04')!;
    expect(res['@type']).toEqual(['dl:Resolution', 'eli:LegalResource']);
    expect(res).toMatchObject({
      code: 'AG-2014-RES-04',
      date: '2014-11-07',
      labels: { fr: 'Création du GEMC' },
    });
    expect(res.cites).toEqual(['resolution:AG-2010-RES-08']);
    expect(byId.get('body:groupe-de-travail-cmii')!['@type']).toBe('dl:Body');
    // AUTHORIZES has no ELI term, and ELI terms never point at a body.
    expect(byId.get('resolution:AG-2010-RES-08')!.cites).toBeUndefined();
  });

  it('keeps every relation with its evidence, clause functions as Akoma Ntoso parts', () => {
    const relations = doc['@graph'].filter((n) => (n['@type'] as string[]).includes?.('dl:Relation'));
    expect(relations).toHaveLength(2);
    const recalls = relations.find((r) => r.source === 'resolution:AG-2014-RES-04')!;
    expect(recalls.evidence).toEqual([
      expect.objectContaining({ clauseFunction: 'akn:preamble', 'dl:start': 2175, 'dl:rule': 'fr.recalls' }),
    ]);
    const authorizes = relations.find((r) => r.target === 'body:groupe-de-travail-cmii')!;
    expect(authorizes['dl:year']).toBe(2010);
    expect((authorizes.evidence as Array<Record<string, unknown>>)[0]!.clauseFunction).toBe('akn:mainBody');
  });
});

describe('format registry', () => {
  it('offers json, graphml, csv and jsonld', () => {
    expect([...EXPORT_FORMATS.keys()].sort()).toEqual(['csv', 'graphml', 'json', 'jsonld']);
  });
});
