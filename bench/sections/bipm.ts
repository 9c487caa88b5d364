/** The real BIPM archive (../shared/corpora/bipm): refusals, codes, replaced texts, citations, en/fr merge. */

import { check, NotRun, singleFigure as one } from '../harness/result.js';
import { scoreBipm } from '../score/bipm.js';
import { bipmAvailable, readBipm } from '../score/bipm-read.js';
import type { Section } from './section.js';

export const bipmSection: Section = {
  id: 'bipm',
  aliases: ['archive'],
  title: 'BIPM archive: document identity and citations (development figures)',
  async run() {
    if (!bipmAvailable()) throw new NotRun('../shared/corpora/bipm/texts is absent');
    const started = performance.now();
    const { outcomes, citations, labels } = readBipm();
    const s = scoreBipm(outcomes, citations, labels);
    const seconds = (performance.now() - started) / 1000;
    return {
      figures: [
        one('files', 'count', s.files),
        one('refused', 'count', s.refused.length),
        one('UNCODED ids', 'count', s.uncoded.length),
        one('texts replaced by another', 'count', s.replaced.length),
        one('citation recall', 'fraction', s.citations.recall),
        one('citation edges to a wrong resolution', 'count', s.citations.wrong.length),
        one('en/fr pairs merged', 'fraction', s.pairs.rate),
        one('extract + score, seconds', 'seconds', seconds),
      ],
      targets: [
        check('refused', 'files refused (target 0)', s.refused.length, '<=', 0),
        check('uncoded', 'UNCODED ids (target 0)', s.uncoded.length, '<=', 0),
        check('replaced', 'texts replaced by another (target 0)', s.replaced.length, '<=', 0),
        check('citations', 'citation recall against citations.jsonl', s.citations.recall, '>=', 0.95),
        check('wrong', 'citation edges to a wrong resolution', s.citations.wrong.length, '<=', 0),
        check('pairs', 'en/fr pairs merged', s.pairs.rate, '>=', 0.98),
      ],
      notes: [
        `${s.citations.found}/${s.citations.total} listed citations found; ${s.citations.unlisted.length} edges to resolutions the list omits; ${s.citations.outsideArchive.length} edges to CGPM resolutions the copy leaves out.`,
        ...s.refused.slice(0, 3).map((r) => `refused: ${r.file}: ${r.reason}`),
      ],
    };
  },
};
