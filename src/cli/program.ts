import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option, type OutputConfiguration } from 'commander';
import { LineageError } from '../errors.js';
import { printableLines } from './printable.js';

/** Exit status of a usage error (unknown option, missing argument…), as most Unix tools do. */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** The `lineage` program with its global options and the given commands (output redirectable for tests). */
export function createProgram(commands: readonly Command[], output?: OutputConfiguration): Command {
  const program = new Command('lineage')
    .description('Build and query a provenance-rich lineage graph of institutional resolutions')
    .version(packageVersion(), '-V, --version', 'print the version')
    .addOption(
      new Option(
        '--store <kind>',
        'graph store (default: LINEAGE_STORE, else neo4j when NEO4J_URI is set, else embedded)',
      ).choices(['embedded', 'neo4j']),
    )
    .option('--data-dir <dir>', 'embedded store directory (default: LINEAGE_DATA_DIR or ./data)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  if (output) program.configureOutput(output);
  for (const command of commands) program.addCommand(command.copyInheritedSettings(program));
  return program;
}

/** Parse argv and run the chosen command; returns the process exit status and never throws. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof LineageError) {
      process.stderr.write(`lineage: ${printableLines(error.message)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`lineage: unexpected error: ${printableLines(message)}\n`);
    }
    return EXIT_FAILURE;
  }
}
