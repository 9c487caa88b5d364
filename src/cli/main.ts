#!/usr/bin/env node
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import { reindexCommand } from './commands/reindex.js';
import { serveCommand, serveStore } from './commands/serve.js';
import { startCommand } from './commands/start.js';
import { statsCommand } from './commands/stats.js';
import { createProgram, runProgram } from './program.js';

// Adding a command: import its factory above and list it here.
const program = createProgram([
  ingestCommand(),
  reindexCommand(),
  exportCommand(),
  statsCommand(),
  startCommand(serveStore),
  serveCommand(),
  queryCommand(),
]);

process.exitCode = await runProgram(program, process.argv);
