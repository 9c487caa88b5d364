import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { createApi, runOperation } from '../../api/index.js';
import { BadInputError } from '../../errors.js';
import { apiOptions, configOf, withStore } from '../context.js';

function jsonObject(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError('expected a JSON object, e.g. \'{"code": "AG-2014-RES-04"}\'');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidArgumentError('expected a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** The document itself, `@path` for a file (e.g. `@lineage.graphql`), or `-` for standard input. */
async function readDocument(argument: string): Promise<string> {
  if (argument === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (!argument.startsWith('@')) return argument;
  try {
    return await readFile(argument.slice(1), 'utf8');
  } catch (error) {
    throw new BadInputError(`Cannot read the query file ${argument.slice(1)}: ${(error as Error).message}`);
  }
}

export function queryCommand(): Command {
  return new Command('query')
    .description('Run a GraphQL operation against the configured store (no server) and print the JSON result')
    .argument(
      '<query>',
      'GraphQL document (e.g. \'{ resolution(code: "AG-2014-RES-04") { title } }\'), @file to read it from a file, - for stdin',
    )
    .option('--variables <json>', 'variables as a JSON object', jsonObject)
    .option('--operation-name <name>', 'operation to run when the document holds several')
    .action(
      async (
        query: string,
        options: { variables?: Record<string, unknown>; operationName?: string },
        command: Command,
      ) => {
        const config = configOf(command);
        const document = await readDocument(query);
        const result = await withStore(
          config,
          async (store) => {
            const api = await createApi(config, store, apiOptions());
            try {
              return await runOperation(api, {
                query: document,
                variables: options.variables,
                operationName: options.operationName,
              });
            } finally {
              await api.apollo.stop();
            }
          },
          { readOnly: true },
        );
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        // Partial results still print; the status tells scripts something went wrong.
        if (result.errors?.length) process.exitCode = 1;
      },
    );
}
