import type { Extraction } from '../../src/model/index.js';
import { buildExtraction, node } from '../fixtures/contract/index.js';

/** The resolution whose upstream lineage, 5 hops deep, is a view of 1 + 5 × WIDTH nodes. */
export const ROOT = 'resolution:WIDE-ROOT';
/** A resolution recalled by HUB_FAN_IN later ones: more than the API's per-hop limit of 100. */
export const HUB = 'resolution:WIDE-HUB';
export const WIDTH = 100;
/** A body HUB establishes, known only by its year (for the timeline) and by aliases (for the JSON export). */
export const PANEL = 'body:expert_group:wide-panel';
export const PANEL_YEAR = '1990';
export const PANEL_ALIASES = ['Wide Panel', 'WP'];
export const HUB_FAN_IN = 165;

const code = (id: string) => id.replace(/^resolution:/, '');
const levelId = (level: number, i: number) => `resolution:WIDE-L${level}-${String(i).padStart(3, '0')}`;
const fanId = (i: number) => `resolution:WIDE-FAN-${String(i).padStart(3, '0')}`;

function recalling(id: string, date: string, recalled: string[]): Extraction {
  const lines = [code(id), '', ...recalled.map((r) => `RECALLING resolution ${code(r)},`)];
  return buildExtraction({
    id,
    source: `${code(id)}.txt`,
    language: 'en',
    text: `${lines.join('\n\n')}\n`,
    nodes: [
      node(id, 'Resolution', code(id), { code: code(id), props: { date } }),
      ...recalled.map((r) => node(r, 'Resolution', code(r), { code: code(r) })),
    ],
    facts: recalled.map((r) => ({
      type: 'RECALLS',
      from: id,
      to: r,
      quote: `RECALLING resolution ${code(r)}`,
    })),
  });
}

/**
 * A generated corpus wide enough for the explorer's large-view tests and benchmark: ROOT recalls WIDTH
 * resolutions, each of which recalls one older one, five levels deep (hop k of the upstream walk holds
 * WIDTH nodes); the oldest level's first resolution recalls HUB, which HUB_FAN_IN resolutions recall.
 */
export function wideCorpus(): Extraction[] {
  const out: Extraction[] = [];
  const year = (level: number) => 2020 - level * 4;
  out.push(
    recalling(
      ROOT,
      '2024-06-01',
      Array.from({ length: WIDTH }, (_, i) => levelId(1, i)),
    ),
  );
  for (let level = 1; level <= 5; level++) {
    for (let i = 0; i < WIDTH; i++) {
      const older = level < 5 ? [levelId(level + 1, i)] : i === 0 ? [HUB] : [];
      const day = String((i % 28) + 1).padStart(2, '0');
      out.push(recalling(levelId(level, i), `${year(level)}-03-${day}`, older));
    }
  }
  const hub = recalling(HUB, '1990-01-15', []);
  const establishing = buildExtraction({
    id: HUB,
    source: `${code(HUB)}.txt`,
    language: 'en',
    text: `${code(HUB)}\n\nESTABLISHES the Wide Panel,\n`,
    nodes: [
      ...hub.nodes,
      node(PANEL, 'Body', 'Wide Panel of Experts', {
        aliases: PANEL_ALIASES,
        props: { bodyType: 'expert_group', year: Number(PANEL_YEAR) },
      }),
    ],
    facts: [{ type: 'ESTABLISHES', from: HUB, to: PANEL, quote: 'ESTABLISHES the Wide Panel' }],
  });
  out.push(establishing);
  // The oldest level's first resolution recalls HUB too: HUB_FAN_IN in all.
  for (let i = 0; i < HUB_FAN_IN - 1; i++) {
    out.push(recalling(fanId(i), `${1991 + (i % 30)}-05-${String((i % 28) + 1).padStart(2, '0')}`, [HUB]));
  }
  return out;
}

export const WIDE_LEAF = levelId(5, 0);
