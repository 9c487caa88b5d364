import { Command } from 'commander';
import type { StoreStats } from '../../graph/store.js';
import { configOf, describeStore, withStore } from '../context.js';

export function statsCommand(): Command {
  return new Command('stats')
    .description('Count documents, nodes by kind and edges by type in the store')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const config = configOf(command);
      const stats = await withStore(config, (store) => store.stats(), { readOnly: true });
      process.stdout.write(
        options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, describeStore(config)),
      );
    });
}

export function formatStats(stats: StoreStats, store: string): string {
  const lines = [`store      ${store}`, `documents  ${stats.documents}`, `nodes      ${stats.nodes}`];
  lines.push(...breakdown(stats.nodesByKind));
  lines.push(`edges      ${stats.edges}`);
  lines.push(...breakdown(stats.edgesByType));
  return `${lines.join('\n')}\n`;
}

function breakdown(counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const width = Math.max(0, ...entries.map(([name]) => name.length));
  return entries.map(([name, count]) => `  ${name.padEnd(width)}  ${count}`);
}
