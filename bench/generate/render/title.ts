/** Titles: "Création du ... (GEMC)", "Dissolution of the ...", or the topic ("Lutte contre la cybercriminalité"). */
import { assertNever } from '../../../src/errors.js';
import { frOf, frOfPhrase } from '../language.js';
import type { ResolutionPlan } from '../plan.js';

export function titleOf(plan: ResolutionPlan): string {
  const fr = plan.lang === 'fr';
  const organ = plan.resolution.organ;
  const title = plan.title;
  switch (title.kind) {
    case 'establish':
      return fr
        ? `Création ${frOf(title.body.fr)} (${title.body.acronym})`
        : `Establishment of the ${title.body.en} (${title.body.acronym})`;
    case 'dissolve':
      return fr ? `Dissolution ${frOf(title.body.fr)}` : `Dissolution of the ${title.body.en}`;
    case 'topic': {
      const topic = title.topic;
      if (organ === 'interpol')
        return fr
          ? `Coopération internationale dans le domaine ${frOfPhrase(topic.fr)}`
          : `International cooperation in the field of ${topic.en}`;
      if (organ === 'cgpm') return fr ? `Sur ${topic.fr}` : `On ${topic.en}`;
      return `International cooperation on ${topic.en}`;
    }
    default:
      return assertNever(title);
  }
}
