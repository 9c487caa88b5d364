import { rename, rm, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { configOf, withStore } from '../context.js';

interface ExportOptions {
  format: 'json';
  out?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Write the whole graph (nodes and edges with their evidence) as JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .addHelpText(
      'after',
      '\nThe JSON is {"nodes":[...],"edges":[...]}, nodes and edges ordered by id (see docs/cli.md).\n\n' +
        'Examples:\n  lineage export > graph.json\n  lineage export --format json --out graph.json',
    )
    .action(async (options: ExportOptions, command: Command) => {
      const config = configOf(command);
      const graph = await withStore(config, (store) => store.exportAll());
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
