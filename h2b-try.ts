import { readFileSync } from 'node:fs';
import { createRuleExtractor } from './src/ingest/rule-extractor.js';
const ex = createRuleExtractor();
const founding = readFileSync('corpus/AG-2014-RES-04.fr.md', 'utf8');
const recital = /^CONSIDÉRANT .*$/m.exec(founding)![0];
const cut = founding.indexOf('RAPPELANT');
ex.extract({ text: founding, source: 'f', sha256: 'x' });
for (const mb of [0.25, 0.5, 1]) {
  const count = Math.ceil(mb * 1024 * 1024 / (recital.length + 2));
  const text = founding.slice(0, cut) + `${recital}\n\n`.repeat(count) + founding.slice(cut);
  const t = performance.now();
  const r = ex.extract({ text, source: 'f', sha256: 'x' });
  console.log(mb, 'MB', Math.round(performance.now() - t), 'ms', r.edges.length, r.document.clauses.length, Math.round(process.memoryUsage().rss / 1e6), 'MB rss');
}
