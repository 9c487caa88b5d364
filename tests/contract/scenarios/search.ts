import { expect, it } from 'vitest';
import { foundingExtraction, ID } from '../../fixtures/contract/index.js';
import { type ContractContext, expectCode, seed } from '../context.js';

export function searchScenarios({ store }: ContractContext): void {
  const hits = async (text: string, kinds?: string[]) =>
    (await store().search({ text, first: 100, kinds })).items.map((h) => [h.score, h.node.id]);

  it('finds by prefix, folds accents and case, ranks by score then id', async () => {
    await seed(store(), foundingExtraction());
    // "cyber" is a prefix of cybercriminalité / Cybercrime in names (3) and in the resolution's title (2).
    expect(await hits('cyber')).toEqual([
      [3, ID.ec3],
      [3, ID.gemc],
      [3, ID.operational],
      [2, ID.res04],
    ]);
    // A whole token scores double: names 6, title 4.
    expect(await hits('CYBERCRIMINALITÉ')).toEqual([
      [6, ID.ec3],
      [6, ID.gemc],
      [6, ID.operational],
      [4, ID.res04],
    ]);
  });

  it('needs every term, and rewards a whole-name match', async () => {
    await seed(store(), foundingExtraction());
    expect(await hits('groupe cmii')).toEqual([
      [12, ID.cmii],
      [8, ID.rap2012],
      [8, ID.rap2013],
      [8, ID.rap2014],
      [6, ID.res04],
    ]);
    // Europol: exact token in a name (6) + whole name (10); the resolution's clause text mentions it (2).
    expect(await hits('europol')).toEqual([
      [16, ID.europol],
      [2, ID.res04],
    ]);
    expect(await hits('Monaco')).toEqual([[2, ID.res04]]);
    expect(await hits('cmii zzz')).toEqual([]);
  });

  it('filters by kind', async () => {
    await seed(store(), foundingExtraction());
    expect(await hits('groupe cmii', ['Report'])).toEqual([
      [8, ID.rap2012],
      [8, ID.rap2013],
      [8, ID.rap2014],
    ]);
    await expectCode(store().search({ text: 'cmii', first: 5, kinds: ['Planet'] }), 'BAD_USER_INPUT');
  });

  it('pages with a keyset cursor: pages concatenate to the full list, no duplicates', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const full = await hits('groupe cmii');
    const seen: Array<[number, string]> = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await s.search({ text: 'groupe cmii', first: 2, after });
      pages++;
      for (const h of page.items) {
        // The cursor is the keyset [score, id], not an offset.
        expect(JSON.parse(Buffer.from(h.cursor, 'base64url').toString('utf8'))).toEqual([h.score, h.node.id]);
        seen.push([h.score, h.node.id]);
      }
      expect(page.endCursor).toBe(page.items.at(-1)?.cursor ?? null);
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(full);
  });

  it('rejects empty queries, bad cursors and page sizes', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    await expectCode(s.search({ text: ' ¿!? ', first: 5 }), 'BAD_USER_INPUT');
    await expectCode(s.search({ text: 'cmii', first: 5, after: 'bm90IGpzb24' }), 'BAD_USER_INPUT');
    await expectCode(s.search({ text: 'cmii', first: 0 }), 'BAD_USER_INPUT');
    await expectCode(s.search({ text: 'cmii', first: 101 }), 'BAD_USER_INPUT');
  });
}
