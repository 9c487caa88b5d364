import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'cli', 'main.js');
const SOURCE = join(ROOT, 'src', 'cli', 'main.ts');

/** Newest modification time (ms) of the files under `dirs`. */
function newest(...dirs: string[]): number {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

/** What the build is made from or reads at run time (the explorer is built separately). */
const INPUTS = [
  'src/api',
  'src/cli',
  'src/extract',
  'src/graph',
  'src/ingest',
  'src/ontology',
  'ingest',
  'graph',
];

let chosen: string[] | undefined;

/**
 * Node arguments that start `lineage`: the build (what users run, and faster to start) when it is newer
 * than the sources and the extraction knowledge it reads, else the sources through tsx, so that a stale
 * build never runs old code against new data.
 */
export function lineageEntry(): string[] {
  chosen ??=
    existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest(...INPUTS.map((dir) => join(ROOT, dir)))
      ? [BUILT]
      : ['--import', 'tsx', SOURCE];
  return chosen;
}
