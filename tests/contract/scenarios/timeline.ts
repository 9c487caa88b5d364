import { expect, it } from 'vitest';
import type { TimelineItem } from '../../../src/graph/store.js';
import {
  CHAIN_CONFERENCE,
  chainExtractions,
  chainId,
  foundingExtraction,
  ID,
  SECOND_ID,
  SESSION_85,
  secondExtraction,
} from '../../fixtures/contract/index.js';
import { type ContractContext, expectCode, seed } from '../context.js';

const items = (list: TimelineItem[]) => list.map((t) => [t.date, t.node.id]);

export function timelineScenarios({ store }: ContractContext): void {
  it('places dated nodes by date, startDate or year, then id', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction(), ...chainExtractions());
    expect(items(await s.timeline({}))).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [`${2000 + i}-06-01`, chainId(i)]),
      ['2011-05-01', CHAIN_CONFERENCE],
      ['2011-06-01', chainId(11)],
      ['2012-01-01', ID.operational],
      ['2012-06-01', chainId(12)],
      ['2014-11-03', ID.session83],
      ['2014-11-07', ID.res04],
      ['2016-11-07', SESSION_85],
      ['2016-11-10', SECOND_ID],
    ]);
  });

  it('filters by an inclusive range and by kind, and limits', async () => {
    const s = store();
    await seed(s, foundingExtraction(), secondExtraction(), ...chainExtractions());
    expect(items(await s.timeline({ from: '2012-01-01', to: '2014-11-03' }))).toEqual([
      ['2012-01-01', ID.operational],
      ['2012-06-01', chainId(12)],
      ['2014-11-03', ID.session83],
    ]);
    expect(items(await s.timeline({ kinds: ['Session'] }))).toEqual([
      ['2014-11-03', ID.session83],
      ['2016-11-07', SESSION_85],
    ]);
    expect(items(await s.timeline({ from: '2014-01-01', kinds: ['Resolution'], limit: 1 }))).toEqual([
      ['2014-11-07', ID.res04],
    ]);
    expect(items(await s.timeline({ limit: 2 }))).toEqual([
      ['2000-06-01', chainId(0)],
      ['2001-06-01', chainId(1)],
    ]);
    await expectCode(s.timeline({ limit: 0 }), 'BAD_USER_INPUT');
  });
}
