import { assertNever } from '../../../src/errors.js';
import type { ResolutionPlan } from '../plan.js';
import type { Prng } from '../prng.js';
import { renderCgpm } from './cgpm.js';
import { renderInterpol } from './interpol.js';
import { renderUn } from './un.js';

/** The text of a planned resolution in its institution's house style and language. */
export function renderResolution(plan: ResolutionPlan, random: Prng): string {
  switch (plan.style) {
    case 'interpol-md':
    case 'interpol-txt':
      return renderInterpol(plan);
    case 'cgpm':
      return renderCgpm(plan, random);
    case 'un':
      return renderUn(plan, random);
    default:
      return assertNever(plan.style);
  }
}
