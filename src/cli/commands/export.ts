import { rename, rm, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { writeCsvExport } from '../../export/csv.js';
import { configOf, withStore } from '../context.js';

interface ExportOptions {
  format: 'json' | 'csv';
  out?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Write the whole graph (nodes and edges with their evidence) as JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option(
      '--out <file>',
      'write to this file (atomically) instead of stdout; for csv, the directory to write into',
    )
    .addHelpText(
      'after',
      '\nThe JSON is {"nodes":[...],"edges":[...]}, nodes and edges ordered by id (see docs/cli.md).\n\n' +
        'Examples:\n  lineage export > graph.json\n  lineage export --format json --out graph.json\n' +
        '  lineage export --format csv --out import/   (nodes.csv, relationships.csv for neo4j-admin; docs/neo4j.md)',
    )
    .action(async (options: ExportOptions, command: Command) => {
      const config = configOf(command);
      const graph = await withStore(config, (store) => store.exportAll());
      if (options.format === 'csv') {
        process.stdout.write(await writeCsvExport(graph, options.out));
        return;
      }
      const json = `${JSON.stringify(graph, null, 2)}\n`;
      if (options.out === undefined) {
        process.stdout.write(json);
        return;
      }
      // Write beside the target and rename, so a reader never sees half a file.
      const temporary = `${options.out}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, json);
        await rename(temporary, options.out);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    });
}
