import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../export/index.js';
import { writeOutput } from '../../export/write-output.js';
import { configOf, withStore } from '../context.js';

interface ExportOptions {
  format: string;
  out?: string;
}

export function exportCommand(): Command {
  const formats = [...EXPORT_FORMATS.values()];
  return new Command('export')
    .description('Write the whole graph (nodes and edges with their evidence) in one of several formats')
    .addOption(
      new Option('--format <format>', 'output format').choices(formats.map((f) => f.name)).default('json'),
    )
    .option('--out <path>', 'write to this file (or folder, for csv) atomically instead of stdout')
    .addHelpText(
      'after',
      `\nFormats (docs/export-format.md):\n${formats.map((f) => `  ${f.name.padEnd(8)} ${f.description}`).join('\n')}\n\n` +
        'Examples:\n  lineage export > graph.json\n  lineage export --format graphml --out graph.graphml\n' +
        '  lineage export --format csv --out import/   (nodes.csv, relationships.csv for neo4j-admin; docs/neo4j.md)\n' +
        '  lineage export --format jsonld --out graph.jsonld',
    )
    .action(async (options: ExportOptions, command: Command) => {
      const format = EXPORT_FORMATS.get(options.format)!;
      const graph = await withStore(configOf(command), (store) => store.exportAll());
      if (format.write) process.stdout.write(await format.write(graph, options.out));
      else await writeOutput(format.render(graph), options.out);
    });
}
