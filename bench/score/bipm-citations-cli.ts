/**
 * The BIPM citations the extractor misses, with their clause text (development aid):
 * `npx tsx bench/score/bipm-citations-cli.ts [--misses N]`.
 */
import { scoreBipm } from './bipm.js';
import { readBipm } from './bipm-read.js';

const limit = Number(process.argv[process.argv.indexOf('--misses') + 1]) || 50;
const { outcomes, citations, labels } = readBipm();
const { citations: c } = scoreBipm(outcomes, citations, labels);
console.log(`citations ${c.found}/${c.total} (recall ${c.recall.toFixed(3)}), wrong ${c.wrong.length}`);
for (const m of c.missed.slice(0, limit)) {
  console.log(`- ${m.file} #${m.clause} -> ${m.cites}\n    ${m.text.replace(/\s+/g, ' ').slice(0, 400)}`);
}
for (const w of c.wrong) console.log(`WRONG ${w.file} #${w.clause} -> ${w.to}`);
