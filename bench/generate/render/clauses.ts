/**
 * The words of each clause: its lead verb (in lower case; the house style capitalises it) and the rest.
 * One function per language keeps the phrasing of the genre in one place.
 */
import { assertNever } from '../../../src/errors.js';
import { frOfPhrase, type Lang } from '../language.js';
import type { Act, ResolutionRef } from '../plan.js';
import type { OrganId, Topic } from '../vocabulary.js';
import type { Mentions } from './mentions.js';

export interface ClauseText {
  verb: string;
  rest: string;
  /** Numbered sub-items ("1) ...", "2) ..."), when the clause lists them. */
  items?: string[];
}

export interface ClauseContext {
  organ: OrganId;
  lang: Lang;
  mentions: Mentions;
  /** Preambular clauses lead with a participle ("remerciant"), operative ones with a verb ("remercie"). */
  position: 'preamble' | 'operative';
  /** How this document cites another resolution of the same organ. */
  cite: (resolution: ResolutionRef) => string;
}

const CONSIDER_FR: Record<OrganId, Array<[string, (t: Topic) => string]>> = {
  interpol: [
    [
      'consciente',
      (t) =>
        `de l'importance croissante du domaine ${frOfPhrase(t.fr)} pour la sécurité des citoyens, du fait de la mondialisation des échanges et de la diffusion des outils technologiques`,
    ],
    [
      'considérant',
      (t) =>
        `que la coopération internationale dans le domaine ${frOfPhrase(t.fr)} exige un échange rapide et efficace d'informations entre les services chargés de l'application de la loi`,
    ],
    [
      'constatant',
      (t) =>
        `les évolutions rapides observées dans le domaine ${frOfPhrase(t.fr)} au cours des dernières années et leurs conséquences pour les victimes`,
    ],
    [
      'reconnaissant',
      (t) =>
        `qu'il est essentiel de réunir rapidement des informations souvent dispersées entre les systèmes informatiques de plusieurs pays lorsque l'on enquête dans le domaine ${frOfPhrase(t.fr)}`,
    ],
    [
      'soulignant',
      (t) =>
        `l'importance d'un échange d'informations rapide et sécurisé dans le domaine ${frOfPhrase(t.fr)}`,
    ],
    [
      'préoccupée',
      (t) =>
        `par les menaces nouvelles apparues dans le domaine ${frOfPhrase(t.fr)}, que de nombreux services ne sont pas en mesure de traiter seuls`,
    ],
    [
      'considérant',
      (t) =>
        `que les moyens techniques et humains nécessaires dans le domaine ${frOfPhrase(t.fr)} ne sont pas disponibles de manière égale dans toutes les régions`,
    ],
    [
      'reconnaissant',
      (t) =>
        `que la formation des enquêteurs et le partage des bonnes pratiques dans le domaine ${frOfPhrase(t.fr)} demeurent indispensables pour prévenir et combattre efficacement la criminalité transnationale`,
    ],
  ],
  cgpm: [
    [
      'considérant',
      (t) =>
        `les exigences de plus en plus strictes de la science, de la technologie et du commerce international dans le domaine ${frOfPhrase(t.fr)}`,
    ],
    [
      'considérant',
      (t) =>
        `la nécessité de démontrer l'équivalence mondiale des mesures dans le domaine ${frOfPhrase(t.fr)}`,
    ],
    [
      'considérant',
      (t) =>
        `que les progrès accomplis dans le domaine ${frOfPhrase(t.fr)} appellent une démarche cohérente et coordonnée entre les laboratoires`,
    ],
    [
      'reconnaissant',
      (t) =>
        `l'importance de la stabilité à long terme et de la traçabilité dans le domaine ${frOfPhrase(t.fr)}`,
    ],
  ],
  un: [
    [
      'réaffirmant',
      (t) => `l'importance de la coopération internationale dans le domaine ${frOfPhrase(t.fr)}`,
    ],
    ['consciente', (t) => `des travaux déjà entrepris dans le domaine ${frOfPhrase(t.fr)}`],
  ],
};

const CONSIDER_EN: Record<OrganId, Array<[string, (t: Topic) => string]>> = {
  interpol: [
    [
      'aware',
      (t) =>
        `of the growing importance of ${t.en} for the safety of citizens, as a result of the globalization of markets and the spread of technological tools`,
    ],
    [
      'considering',
      (t) =>
        `that international cooperation in the field of ${t.en} requires a swift and effective exchange of information between law enforcement agencies`,
    ],
    [
      'noting',
      (t) =>
        `the rapid developments observed in the field of ${t.en} in recent years and their consequences for victims`,
    ],
    [
      'recognizing',
      (t) =>
        `that it is essential, when investigating in the field of ${t.en}, to gather rapidly information often scattered across the computer systems of several countries`,
    ],
    [
      'emphasizing',
      (t) => `the importance of a rapid and secure exchange of information in the field of ${t.en}`,
    ],
    [
      'concerned',
      (t) =>
        `about the new threats that have emerged in the field of ${t.en}, which many services cannot address alone`,
    ],
    [
      'bearing in mind',
      (t) =>
        `that the technical and human resources needed in the field of ${t.en} are not equally available in all regions`,
    ],
    [
      'recognizing',
      (t) =>
        `that the training of investigators and the sharing of good practice in the field of ${t.en} remain essential to prevent and combat transnational crime effectively`,
    ],
  ],
  cgpm: [
    [
      'considering',
      (t) =>
        `the increasingly stringent requirements of science, technology and international trade in the field of ${t.en}`,
    ],
    ['considering', (t) => `the need to demonstrate world-wide equivalence of measurements in ${t.en}`],
    [
      'considering',
      (t) => `that progress in ${t.en} calls for a coherent, coordinated approach among laboratories`,
    ],
    ['recognizing', (t) => `the importance of long-term stability and traceability in ${t.en}`],
    [
      'considering',
      (t) => `the growing number of comparisons carried out in ${t.en} at the highest level of accuracy`,
    ],
  ],
  un: [
    ['reaffirming', (t) => `the importance of international cooperation on ${t.en}`],
    ['deeply concerned', (t) => `about the consequences of insufficient progress on ${t.en}`],
    ['mindful', (t) => `of the work already undertaken on ${t.en}`],
    ['stressing', (t) => `the importance of ${t.en} for the achievement of peace and development`],
  ],
};

const AUTHORIZE_ITEMS = {
  fr: [
    'les modalités de mise en œuvre de la présente résolution',
    'le budget nécessaire aux activités prévues',
    'la signature des accords de coopération correspondants',
  ],
  en: [
    'the arrangements for implementing the present resolution',
    'the budget required for the planned activities',
    'the signature of the corresponding cooperation agreements',
  ],
};

export function clauseText(act: Act, ctx: ClauseContext): ClauseText {
  return ctx.lang === 'fr' ? french(act, ctx) : english(act, ctx);
}

function french(act: Act, ctx: ClauseContext): ClauseText {
  const m = ctx.mentions;
  switch (act.act) {
    case 'consider': {
      const options = CONSIDER_FR[ctx.organ];
      const [verb, rest] = options[act.variant % options.length] as [string, (t: Topic) => string];
      return { verb, rest: rest(act.topic) };
    }
    case 'recall': {
      const cited = ctx.cite(act.resolution);
      if (!act.secondHand) return { verb: 'rappelant', rest: cited };
      const who = ctx.organ === 'cgpm' ? 'la Conférence générale' : "l'Assemblée générale";
      const did =
        act.secondHand.type === 'AUTHORIZES'
          ? `a autorisé la mise en place ${m.body(act.secondHand.body, 'of')}`
          : `a créé ${m.body(act.secondHand.body)}`;
      return { verb: 'rappelant', rest: `${cited}, par laquelle ${who} ${did}` };
    }
    case 'recallCreation':
      return {
        verb: 'rappelant également',
        rest: `la création ${m.body(act.body, 'of')} en ${act.year} dans le cadre ${m.body(act.parent, 'of')}`,
      };
    case 'noteReport':
      return {
        verb: 'ayant pris connaissance',
        rest: `du rapport ${act.report.code} intitulé « ${act.report.title.fr} »`,
      };
    case 'noteBody':
      return { verb: 'notant', rest: `les progrès accomplis par ${m.body(act.body)}` };
    case 'thank':
      return {
        verb: ctx.position === 'preamble' ? 'remerciant' : 'remercie',
        rest: `${m.body(act.body)} pour sa précieuse contribution`,
      };
    case 'takeIntoAccount':
      return {
        verb: 'tenant compte',
        rest: `des recommandations formulées lors ${m.conference(act.conference, 'of')}`,
      };
    case 'establish': {
      const within = act.parent ? `, dans le cadre ${m.body(act.parent, 'of')},` : '';
      const succeeds = act.succeeds.length
        ? `, qui succède ${act.succeeds.map((b) => m.body(b, 'to')).join(' et ')},`
        : '';
      const purpose = 'afin de renforcer la coopération internationale dans ce domaine';
      if (act.verb === 'AUTHORIZES')
        return {
          verb: 'autorise',
          rest: `la mise en place ${m.body(act.body, 'of')}${within}${succeeds} ${purpose}`,
        };
      return { verb: 'crée', rest: `${m.body(act.body)}${within}${succeeds} ${purpose}` };
    }
    case 'dissolve':
      return { verb: 'décide', rest: `de dissoudre ${m.body(act.body)}, dont le mandat est accompli` };
    case 'welcome':
      return ctx.organ === 'cgpm'
        ? { verb: 'accueille favorablement', rest: `les travaux ${m.body(act.body, 'of')}` }
        : { verb: 'se félicite', rest: `des travaux ${m.body(act.body, 'of')}` };
    case 'approveReport':
      return { verb: 'approuve', rest: `le rapport ${act.report.code}` };
    case 'encourage':
      return { verb: 'encourage', rest: `${m.fixed(act.addressee)} à participer activement à ces travaux` };
    case 'invite':
      return {
        verb: 'invite',
        rest: `${m.fixed(act.addressee)} à communiquer toute information utile dans ce domaine`,
      };
    case 'request':
      return {
        verb: 'demande',
        rest: `${m.fixed(act.organ, 'to')} de rendre compte de la mise en œuvre de la présente résolution`,
      };
    case 'recommend':
      return {
        verb: 'recommande',
        rest: `une coopération étroite avec ${m.fixed(act.partner)} dans ce domaine`,
      };
    case 'authorize':
      if (act.items > 0)
        return {
          verb: 'autorise',
          rest: `${m.fixed(act.organ)} à approuver :`,
          items: AUTHORIZE_ITEMS.fr.slice(0, act.items),
        };
      return { verb: 'autorise', rest: `${m.fixed(act.organ)} à approuver ${AUTHORIZE_ITEMS.fr[0]}` };
    default:
      return assertNever(act);
  }
}

function english(act: Act, ctx: ClauseContext): ClauseText {
  const m = ctx.mentions;
  switch (act.act) {
    case 'consider': {
      const options = CONSIDER_EN[ctx.organ];
      const [verb, rest] = options[act.variant % options.length] as [string, (t: Topic) => string];
      return { verb, rest: rest(act.topic) };
    }
    case 'recall': {
      const cited = ctx.cite(act.resolution);
      if (!act.secondHand) return { verb: 'recalling', rest: cited };
      const who =
        ctx.organ === 'un' ? 'it' : ctx.organ === 'cgpm' ? 'the General Conference' : 'the General Assembly';
      const did =
        act.secondHand.type === 'AUTHORIZES'
          ? `authorized the setting up of ${m.body(act.secondHand.body)}`
          : `established ${m.body(act.secondHand.body)}`;
      return { verb: 'recalling', rest: `${cited}, by which ${who} ${did}` };
    }
    case 'recallCreation':
      return {
        verb: ctx.organ === 'un' ? 'recalling also' : 'also recalling',
        rest: `the creation of ${m.body(act.body)} in ${act.year} within the framework of ${m.body(act.parent)}`,
      };
    case 'noteReport':
      return {
        verb: 'having taken note',
        rest: `of report ${act.report.code} entitled “${act.report.title.en}”`,
      };
    case 'noteBody':
      return ctx.organ === 'un'
        ? { verb: 'taking note', rest: `of the progress made by ${m.body(act.body)}` }
        : { verb: 'noting', rest: `the progress made by ${m.body(act.body)}` };
    case 'thank':
      return {
        verb: ctx.position === 'preamble' ? 'thanking' : 'thanks',
        rest: `${m.body(act.body)} for its valuable contribution`,
      };
    case 'takeIntoAccount':
      return {
        verb: 'taking into account',
        rest: `the recommendations made at ${m.conference(act.conference)}`,
      };
    case 'establish': {
      const within = act.parent ? ` within ${m.body(act.parent)}` : '';
      const succeeds = act.succeeds.length
        ? `, which succeeds ${act.succeeds.map((b) => m.body(b)).join(' and ')},`
        : '';
      const purpose = 'in order to strengthen international cooperation in this field';
      if (act.verb === 'AUTHORIZES')
        return {
          verb: 'authorizes',
          rest: `the setting up of ${m.body(act.body)}${within}${succeeds} ${purpose}`,
        };
      if (ctx.organ === 'un')
        return { verb: 'decides', rest: `to establish ${m.body(act.body)}${within}${succeeds} ${purpose}` };
      return { verb: 'establishes', rest: `${m.body(act.body)}${within}${succeeds} ${purpose}` };
    }
    case 'dissolve':
      return { verb: 'decides', rest: `to dissolve ${m.body(act.body)}, its mandate having been fulfilled` };
    case 'welcome':
      return { verb: 'welcomes', rest: `the work of ${m.body(act.body)}` };
    case 'approveReport':
      return { verb: 'approves', rest: `report ${act.report.code}` };
    case 'encourage':
      return { verb: 'encourages', rest: `${m.fixed(act.addressee)} to take an active part in this work` };
    case 'invite':
      return {
        verb: 'invites',
        rest: `${m.fixed(act.addressee)} to share all relevant information in this field`,
      };
    case 'request':
      return {
        verb: 'requests',
        rest: `${m.fixed(act.organ)} to report on the implementation of the present resolution`,
      };
    case 'recommend':
      return { verb: 'recommends', rest: `close cooperation with ${m.fixed(act.partner)} in this field` };
    case 'authorize':
      if (act.items > 0)
        return {
          verb: 'authorizes',
          rest: `${m.fixed(act.organ)} to approve:`,
          items: AUTHORIZE_ITEMS.en.slice(0, act.items),
        };
      return { verb: 'authorizes', rest: `${m.fixed(act.organ)} to approve ${AUTHORIZE_ITEMS.en[0]}` };
    default:
      return assertNever(act);
  }
}
