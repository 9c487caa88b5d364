/**
 * Prints entity and relation precision / recall / F1 per genre and language over the held-out and development texts.
 *   npx tsx tests/heldout/report.ts            the table
 *   npx tsx tests/heldout/report.ts --details  and, per file, what was missed and what was wrong
 *   npx tsx tests/heldout/report.ts --json     the groups as JSON
 * The texts are development material once rules are tuned on them: call these figures development figures.
 */
import { heldoutFiles, loadHeldout } from './devset.js';
import { formatTable, groupScores, scoreFile } from './score.js';

const args = new Set(process.argv.slice(2));
const scores = heldoutFiles.map((name) => {
  const { extraction, expected } = loadHeldout(name);
  return scoreFile(extraction, expected);
});
const groups = groupScores(scores);

if (args.has('--json')) {
  console.log(JSON.stringify(groups, null, 2));
} else {
  console.log(formatTable(groups));
}
if (args.has('--details')) {
  const edge = (e: { type: string; from: string; to: string }) => `${e.type} ${e.from} -> ${e.to}`;
  for (const s of scores) {
    const lines = [
      ...s.entities.missed.map((id) => `  missed entity   ${id}`),
      ...s.entities.wrong.map((id) => `  wrong entity    ${id}`),
      ...s.entities.duplicates.map((id) => `  duplicate       ${id}`),
      ...s.relations.missed.map((e) => `  missed relation ${edge(e)}`),
      ...s.relations.wrong.map((e) => `  wrong relation  ${edge(e)}`),
      ...s.wrongNodes.map((id) => `  known wrong node came back: ${id}`),
    ];
    console.log(`\n${s.source} [${s.genre}/${s.language}]${lines.length ? `\n${lines.join('\n')}` : ' ok'}`);
  }
}
