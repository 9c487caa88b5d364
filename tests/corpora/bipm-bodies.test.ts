import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreBodies } from '../../bench/score/bipm-bodies.js';

const BIPM = fileURLToPath(new URL('../../../shared/corpora/bipm/', import.meta.url));
const present = existsSync(`${BIPM}texts`);
if (!present) console.log(`BIPM body tests skipped: no corpus at ${BIPM} (development corpus, see issue 11)`);

/** Development figures on the BIPM archive (the rules were tuned on it). */
describe.skipIf(!present)('BIPM archive bodies', () => {
  const report = present ? scoreBodies(BIPM) : null;

  it('has no junk Body node', () => {
    expect(report!.junk).toEqual([]);
  });

  it('has no body under two ids and no body that is also an Organization', () => {
    expect(report!.duplicates).toEqual([]);
    expect(report!.bodyAndOrganization).toEqual([]);
  });

  it('gives the consultative committees whose creation the archive states their creating resolution', () => {
    // CGPM 1933 Resolution 9 creates the photometry committee (CCPR); CIPM 1956 Resolution 2 the CCDS (CCTF).
    expect(report!.established.CCPR).toContain('resolution:CGPM-1933-RES-9');
    expect(report!.established.CCTF!.length).toBeGreaterThan(0);
    expect(report!.establishedIn.CCTF).toEqual(['CIPM-1956-RES-2.en', 'CIPM-1956-RES-2.fr']);
  });

  it('gives the renames the archive states as SUCCEEDS, and only those', () => {
    // A footnote of CIPM 1997 Recommendation 1 (en and fr): the CIPM changed the name of the CCDM to CCL.
    expect(report!.succeeds.CCL).toEqual([
      {
        from: 'body:committee:length',
        to: 'body:committee:definition-metre',
        sources: ['CIPM-1997-REC-1.en', 'CIPM-1997-REC-1.fr'],
      },
    ]);
    // CIPM/102-39 (2013) only approves a proposal to change the CCQM's name, no new name: no SUCCEEDS.
    expect(report!.succeeds.CCQM).toEqual([]);
  });
});
