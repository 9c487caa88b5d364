import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of regular files under a directory, in MiB. */
export function diskMiB(dir: string): number {
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += statSync(p).size;
    }
  };
  walk(dir);
  return bytes / 2 ** 20;
}
