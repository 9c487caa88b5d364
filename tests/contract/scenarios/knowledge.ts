import { expect, it } from 'vitest';
import type { Extraction } from '../../../src/model/index.js';
import { DOC, foundingExtraction } from '../../fixtures/contract/index.js';
import type { ContractContext } from '../context.js';

function withKnowledge(extraction: Extraction, knowledge: string): Extraction {
  return { ...extraction, document: { ...extraction.document, knowledge } };
}

/** The knowledge fingerprint stored with each document, and the lookup that lets ingest skip a file before extracting it. */
export function knowledgeScenarios({ store }: ContractContext): void {
  it('finds stored documents by the hash of their bytes, with their fingerprint and fact counts', async () => {
    const s = store();
    const founding = withKnowledge(foundingExtraction(), 'rules-1:aaaa');
    await s.writeDocuments([founding]);
    expect(await s.documentsByHash([founding.document.sha256, 'f'.repeat(64)])).toEqual([
      {
        id: DOC.founding,
        source: founding.document.source,
        sha256: founding.document.sha256,
        language: 'fr',
        knowledge: 'rules-1:aaaa',
        nodes: 12,
        edges: 13,
      },
    ]);
    expect(await s.documentsByHash(['f'.repeat(64)])).toEqual([]);
    expect(await s.documentsByHash([])).toEqual([]);
    expect((await s.getDocuments([DOC.founding]))[0]?.knowledge).toBe('rules-1:aaaa');
  });

  it('rewrites a document whose bytes are unchanged when its knowledge fingerprint changed', async () => {
    const s = store();
    await s.writeDocuments([withKnowledge(foundingExtraction(), 'rules-1:aaaa')]);
    expect(await s.writeDocuments([withKnowledge(foundingExtraction(), 'rules-1:aaaa')])).toEqual([
      { status: 'unchanged', document: DOC.founding },
    ]);
    const [outcome] = await s.writeDocuments([withKnowledge(foundingExtraction(), 'rules-1:bbbb')]);
    expect(outcome?.status).toBe('written');
    const [stored] = await s.documentsByHash([foundingExtraction().document.sha256]);
    expect(stored?.knowledge).toBe('rules-1:bbbb');
  });

  it('reports a document written without a fingerprint as having none, and rewrites it when one is given', async () => {
    const s = store();
    const plain = foundingExtraction();
    await s.writeDocuments([plain]);
    expect((await s.documentsByHash([plain.document.sha256]))[0]?.knowledge).toBeNull();
    const [outcome] = await s.writeDocuments([withKnowledge(plain, 'rules-1:aaaa')]);
    expect(outcome?.status).toBe('written');
  });

  it('lists every stored document id, sorted', async () => {
    const s = store();
    expect(await s.documentIds()).toEqual([]);
    await s.writeDocuments([foundingExtraction()]);
    expect(await s.documentIds()).toEqual([DOC.founding]);
    await s.removeDocument(DOC.founding);
    expect(await s.documentIds()).toEqual([]);
  });
}
