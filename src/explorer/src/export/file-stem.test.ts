import { describe, expect, it } from 'vitest';
import { fileStem } from './file-stem.ts';

describe('fileStem', () => {
  it.each([
    ['codes keep their letters and digits', 'AG-2014-RES-04', 'lineage-AG-2014-RES-04'],
    [
      'accents and apostrophes survive as letters and dashes',
      "Groupe d'experts é",
      'lineage-Groupe-d-experts-é',
    ],
    ['path characters cannot escape the name', '../../etc/passwd', 'lineage-etc-passwd'],
    ['nothing to name falls back to "view"', null, 'lineage-view'],
    ['only punctuation falls back to "view"', '<>', 'lineage-view'],
  ])('%s', (_reason, caption, stem) => {
    expect(fileStem(caption)).toBe(stem);
  });

  it('keeps names short', () => {
    expect(fileStem('x'.repeat(200)).length).toBe('lineage-'.length + 60);
  });
});
