import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Two small texts the fake extractor reads (one French .md, one English .txt), the second citing the first. */
export function writeTwoTexts(dir: string): void {
  writeFileSync(
    join(dir, '1-first.md'),
    'La résolution AG-2014-RES-04\nRAPPELANT la résolution AG-2010-RES-08,\n',
  );
  writeFileSync(
    join(dir, '2-second.txt'),
    'The resolution AG-2015-RES-01 of the Assembly\nrecalling AG-2014-RES-04\n',
  );
}
