/**
 * The generator's vocabulary: the words resolutions of each institution are made of, in French and English.
 * Names are built from a body type, a topic and an optional scope, so tens of thousands stay distinct.
 */
import type { Gender } from './language.js';

export type OrganId = 'interpol' | 'cgpm' | 'un';

export interface BodyType {
  fr: string;
  gender: Gender;
  en: string;
  /** Ontology Body subtype. */
  bodyType: string;
}

export interface Topic {
  /** French noun phrase with its article: "la cybercriminalité". */
  fr: string;
  /** English noun phrase in lower case: "cybercrime"; title-cased inside names. */
  en: string;
}

export interface Scope {
  /** French adjective or complement placed after the body type: "mondial", "pour l'Afrique". */
  fr: string;
  /** Feminine form when `fr` is an adjective that agrees ("mondiale"). */
  frFem?: string;
  /** English adjective placed before the name: "African". */
  en: string;
}

export interface Place {
  fr: string;
  en: string;
}

/** A fixed, named entity (organ, outside organisation, addressee group). */
export interface FixedEntity {
  fr: string;
  gender: Gender;
  plural?: boolean;
  en: string;
  acronym?: string;
}

export const BODY_TYPES: Record<OrganId, BodyType[]> = {
  interpol: [
    { fr: 'Groupe de travail', gender: 'm', en: 'Working Group', bodyType: 'working_group' },
    { fr: "Groupe d'experts", gender: 'm', en: 'Expert Group', bodyType: 'expert_group' },
    { fr: 'Groupe opérationnel', gender: 'm', en: 'Operational Group', bodyType: 'expert_group' },
    { fr: 'Centre', gender: 'm', en: 'Centre', bodyType: 'centre' },
    { fr: 'Comité', gender: 'm', en: 'Committee', bodyType: 'committee' },
    { fr: 'Bureau', gender: 'm', en: 'Office', bodyType: 'office' },
    { fr: 'Unité', gender: 'f', en: 'Unit', bodyType: 'unit' },
    { fr: 'Réseau', gender: 'm', en: 'Network', bodyType: 'network' },
    { fr: 'Programme', gender: 'm', en: 'Programme', bodyType: 'programme' },
    { fr: 'Équipe spéciale', gender: 'f', en: 'Task Force', bodyType: 'task_force' },
  ],
  cgpm: [
    { fr: 'Comité consultatif', gender: 'm', en: 'Consultative Committee', bodyType: 'committee' },
    { fr: 'Groupe de travail', gender: 'm', en: 'Working Group', bodyType: 'working_group' },
    { fr: 'Comité commun', gender: 'm', en: 'Joint Committee', bodyType: 'committee' },
    { fr: 'Groupe de travail ad hoc', gender: 'm', en: 'ad hoc Working Group', bodyType: 'working_group' },
    { fr: 'Groupe de réflexion', gender: 'm', en: 'Task Group', bodyType: 'task_force' },
    { fr: 'Réseau', gender: 'm', en: 'Network', bodyType: 'network' },
  ],
  un: [
    { fr: 'Comité spécial', gender: 'm', en: 'Ad Hoc Committee', bodyType: 'committee' },
    { fr: 'Groupe de travail', gender: 'm', en: 'Working Group', bodyType: 'working_group' },
    { fr: 'Commission', gender: 'f', en: 'Commission', bodyType: 'commission' },
    { fr: "Groupe d'experts", gender: 'm', en: 'Group of Experts', bodyType: 'expert_group' },
    { fr: 'Bureau', gender: 'm', en: 'Office', bodyType: 'office' },
    { fr: 'Programme', gender: 'm', en: 'Programme', bodyType: 'programme' },
  ],
};

/** Word joining a body type to its topic, per organ ("Groupe de travail sur ...", "Comité consultatif pour ..."). */
export const TOPIC_LINK: Record<OrganId, { fr: string; en: string }> = {
  interpol: { fr: 'sur', en: 'on' },
  cgpm: { fr: 'pour', en: 'for' },
  un: { fr: 'sur', en: 'on' },
};

export const TOPICS: Record<OrganId, Topic[]> = {
  interpol: [
    { fr: 'la cybercriminalité', en: 'cybercrime' },
    { fr: 'la criminalité numérique', en: 'digital crime' },
    { fr: 'le terrorisme', en: 'terrorism' },
    { fr: 'la traite des êtres humains', en: 'trafficking in human beings' },
    { fr: 'le trafic de stupéfiants', en: 'drug trafficking' },
    { fr: 'les armes à feu', en: 'firearms' },
    { fr: 'la criminalité environnementale', en: 'environmental crime' },
    { fr: 'la criminalité financière', en: 'financial crime' },
    { fr: 'le blanchiment de capitaux', en: 'money laundering' },
    { fr: 'la corruption', en: 'corruption' },
    { fr: 'la criminalité organisée', en: 'organized crime' },
    { fr: 'les biens culturels', en: 'cultural property' },
    { fr: 'les véhicules volés', en: 'stolen vehicles' },
    { fr: 'les documents de voyage', en: 'travel documents' },
    { fr: 'la contrefaçon', en: 'counterfeiting' },
    { fr: 'la criminalité maritime', en: 'maritime crime' },
    { fr: 'la piraterie', en: 'piracy' },
    { fr: 'les personnes disparues', en: 'missing persons' },
    { fr: "l'identification des victimes de catastrophes", en: 'disaster victim identification' },
    { fr: 'les empreintes génétiques', en: 'DNA profiling' },
    { fr: 'les empreintes digitales', en: 'fingerprints' },
    { fr: 'la police scientifique', en: 'forensic science' },
    { fr: 'les fugitifs', en: 'fugitives' },
    { fr: 'la protection des données', en: 'data protection' },
    { fr: 'la formation policière', en: 'police training' },
    { fr: "l'exploitation sexuelle des enfants", en: 'child sexual exploitation' },
    { fr: 'la criminalité pharmaceutique', en: 'pharmaceutical crime' },
    { fr: 'le trafic de migrants', en: 'migrant smuggling' },
    { fr: 'la sécurité des grands événements', en: 'major event security' },
    { fr: 'la criminalité liée aux espèces sauvages', en: 'wildlife crime' },
    { fr: 'les matières nucléaires', en: 'nuclear materials' },
    { fr: 'le bioterrorisme', en: 'bioterrorism' },
    { fr: 'la fraude aux paiements', en: 'payment fraud' },
    { fr: 'les cryptomonnaies', en: 'cryptocurrencies' },
    { fr: "l'analyse criminelle", en: 'criminal analysis' },
    { fr: 'les notices internationales', en: 'international notices' },
    { fr: 'la coopération policière', en: 'police cooperation' },
    { fr: 'la sécurité des frontières', en: 'border security' },
    { fr: 'les drogues de synthèse', en: 'synthetic drugs' },
    { fr: 'la criminalité dans le sport', en: 'crime in sport' },
  ],
  cgpm: [
    { fr: 'la masse', en: 'mass' },
    { fr: 'le temps et les fréquences', en: 'time and frequency' },
    { fr: 'la thermométrie', en: 'thermometry' },
    { fr: 'la photométrie et la radiométrie', en: 'photometry and radiometry' },
    { fr: 'les rayonnements ionisants', en: 'ionizing radiation' },
    { fr: 'les unités', en: 'units' },
    { fr: 'la quantité de matière', en: 'amount of substance' },
    { fr: "l'acoustique", en: 'acoustics' },
    { fr: 'les longueurs', en: 'length' },
    { fr: "l'électricité et le magnétisme", en: 'electricity and magnetism' },
    { fr: 'la métrologie en chimie', en: 'metrology in chemistry' },
    { fr: 'la traçabilité', en: 'traceability' },
    { fr: 'la reconnaissance mutuelle', en: 'mutual recognition' },
    { fr: 'les étalons nationaux', en: 'national standards' },
    { fr: "l'échelle de temps", en: 'the time scale' },
    { fr: 'la métrologie légale', en: 'legal metrology' },
    { fr: 'la métrologie numérique', en: 'digital metrology' },
    { fr: 'les comparaisons clés', en: 'key comparisons' },
    { fr: 'la gouvernance', en: 'governance' },
    { fr: 'les pays en développement', en: 'developing countries' },
  ],
  un: [
    { fr: 'le maintien de la paix', en: 'peacekeeping' },
    { fr: 'le désarmement', en: 'disarmament' },
    { fr: "l'espace extra-atmosphérique", en: 'outer space' },
    { fr: 'les droits de l’homme', en: 'human rights' },
    { fr: 'le développement durable', en: 'sustainable development' },
    { fr: 'les changements climatiques', en: 'climate change' },
    { fr: 'le droit de la mer', en: 'the law of the sea' },
    { fr: 'le terrorisme international', en: 'international terrorism' },
    { fr: 'les réfugiés', en: 'refugees' },
    { fr: 'la décolonisation', en: 'decolonization' },
    { fr: 'les océans', en: 'oceans' },
    { fr: 'la sécurité alimentaire', en: 'food security' },
    { fr: 'la santé mondiale', en: 'global health' },
    { fr: 'les migrations', en: 'migration' },
    { fr: "l'administration de la justice", en: 'the administration of justice' },
    { fr: 'la réduction des risques de catastrophe', en: 'disaster risk reduction' },
  ],
};

/** Second topics joined with "et"/"and" to multiply the name space. */
export const TOPIC_FACETS: Record<OrganId, Topic[]> = {
  interpol: [
    { fr: 'la preuve numérique', en: 'digital evidence' },
    { fr: 'les technologies émergentes', en: 'emerging technologies' },
    { fr: "l'échange d'informations", en: 'information exchange' },
    { fr: 'le renforcement des capacités', en: 'capacity building' },
    { fr: 'la prévention', en: 'prevention' },
    { fr: 'les enquêtes transfrontalières', en: 'cross-border investigations' },
    { fr: 'les bases de données', en: 'databases' },
    { fr: 'les partenariats', en: 'partnerships' },
  ],
  cgpm: [
    { fr: 'les grandeurs apparentées', en: 'related quantities' },
    { fr: 'les comparaisons', en: 'comparisons' },
    { fr: 'la diffusion', en: 'dissemination' },
    { fr: 'la stratégie', en: 'strategy' },
  ],
  un: [
    { fr: 'la coopération internationale', en: 'international cooperation' },
    { fr: 'le renforcement des capacités', en: 'capacity-building' },
    { fr: 'le suivi', en: 'follow-up' },
    { fr: 'la coordination', en: 'coordination' },
  ],
};

export const SCOPES: Record<OrganId, Scope[]> = {
  interpol: [
    { fr: "d'INTERPOL", en: 'INTERPOL' },
    { fr: "pour l'Afrique", en: 'African' },
    { fr: 'pour les Amériques', en: 'Americas' },
    { fr: "pour l'Asie et le Pacifique Sud", en: 'Asia-South Pacific' },
    { fr: "pour l'Europe", en: 'European' },
    { fr: 'pour le Moyen-Orient et l’Afrique du Nord', en: 'Middle East and North Africa' },
    { fr: 'eurasiatique', en: 'Eurasian' },
    { fr: 'mondial', frFem: 'mondiale', en: 'Global' },
    { fr: 'régional', frFem: 'régionale', en: 'Regional' },
  ],
  cgpm: [
    { fr: 'international', frFem: 'internationale', en: 'International' },
    { fr: 'régional', frFem: 'régionale', en: 'Regional' },
  ],
  un: [
    { fr: 'intergouvernemental', frFem: 'intergouvernementale', en: 'Intergovernmental' },
    { fr: 'international', frFem: 'internationale', en: 'International' },
    { fr: 'régional', frFem: 'régionale', en: 'Regional' },
  ],
};

export const INTERPOL_CITIES: Place[] = [
  { fr: 'Monaco', en: 'Monaco' },
  { fr: 'Lyon', en: 'Lyon' },
  { fr: 'Rome', en: 'Rome' },
  { fr: 'Séoul', en: 'Seoul' },
  { fr: 'Rhodes', en: 'Rhodes' },
  { fr: 'Budapest', en: 'Budapest' },
  { fr: 'Yaoundé', en: 'Yaoundé' },
  { fr: 'Singapour', en: 'Singapore' },
  { fr: 'Hanoï', en: 'Hanoi' },
  { fr: 'Doha', en: 'Doha' },
  { fr: 'Kigali', en: 'Kigali' },
  { fr: 'Santiago', en: 'Santiago' },
  { fr: 'Dubaï', en: 'Dubai' },
  { fr: 'Pékin', en: 'Beijing' },
  { fr: 'Istanbul', en: 'Istanbul' },
  { fr: 'Marrakech', en: 'Marrakesh' },
  { fr: 'Vienne', en: 'Vienna' },
  { fr: 'Glasgow', en: 'Glasgow' },
  { fr: 'New Delhi', en: 'New Delhi' },
  { fr: 'Buenos Aires', en: 'Buenos Aires' },
  { fr: 'Berlin', en: 'Berlin' },
  { fr: 'Madrid', en: 'Madrid' },
  { fr: 'Antalya', en: 'Antalya' },
  { fr: 'Accra', en: 'Accra' },
  { fr: 'Bangkok', en: 'Bangkok' },
  { fr: 'Oslo', en: 'Oslo' },
  { fr: 'Lisbonne', en: 'Lisbon' },
  { fr: 'Ottawa', en: 'Ottawa' },
];

/** Organs and partners each institution's resolutions address. The first is the usual addressee of requests. */
export const ORGANS: Record<OrganId, FixedEntity[]> = {
  interpol: [
    { fr: 'Secrétariat général', gender: 'm', en: 'General Secretariat' },
    { fr: 'Comité exécutif', gender: 'm', en: 'Executive Committee' },
  ],
  cgpm: [
    {
      fr: 'Comité international des poids et mesures',
      gender: 'm',
      en: 'International Committee for Weights and Measures',
      acronym: 'CIPM',
    },
    {
      fr: 'Bureau international des poids et mesures',
      gender: 'm',
      en: 'International Bureau of Weights and Measures',
      acronym: 'BIPM',
    },
  ],
  un: [
    { fr: 'Secrétaire général', gender: 'm', en: 'Secretary-General' },
    { fr: 'Conseil économique et social', gender: 'm', en: 'Economic and Social Council' },
  ],
};

/** Outside organisations whose name reads the same in both languages (so the planted fact is unambiguous). */
export const PARTNERS: Record<OrganId, FixedEntity[]> = {
  interpol: [
    { fr: 'Europol', gender: 'm', en: 'Europol' },
    { fr: 'Afripol', gender: 'm', en: 'Afripol' },
    { fr: 'Ameripol', gender: 'm', en: 'Ameripol' },
    { fr: 'Aseanapol', gender: 'm', en: 'Aseanapol' },
    { fr: 'Eurojust', gender: 'm', en: 'Eurojust' },
    { fr: 'Frontex', gender: 'm', en: 'Frontex' },
  ],
  cgpm: [
    {
      fr: 'Organisation internationale de métrologie légale',
      gender: 'f',
      en: 'International Organization of Legal Metrology',
      acronym: 'OIML',
    },
    {
      fr: 'International Laboratory Accreditation Cooperation',
      gender: 'f',
      en: 'International Laboratory Accreditation Cooperation',
      acronym: 'ILAC',
    },
  ],
  un: [
    { fr: 'Conseil des droits de l’homme', gender: 'm', en: 'Human Rights Council' },
    { fr: 'Conseil de sécurité', gender: 'm', en: 'Security Council' },
  ],
};

export const ADDRESSEES: Record<OrganId, FixedEntity[]> = {
  interpol: [
    { fr: 'pays membres', gender: 'm', plural: true, en: 'member countries' },
    { fr: 'Bureaux centraux nationaux', gender: 'm', plural: true, en: 'National Central Bureaus' },
  ],
  cgpm: [
    { fr: 'États Membres', gender: 'm', plural: true, en: 'Member States' },
    {
      fr: 'laboratoires nationaux de métrologie',
      gender: 'm',
      plural: true,
      en: 'National Metrology Institutes',
    },
  ],
  un: [
    { fr: 'États Membres', gender: 'm', plural: true, en: 'Member States' },
    { fr: 'États parties', gender: 'm', plural: true, en: 'States Parties' },
  ],
};

/** Numbered conference series held once a year; the ordinal is year - firstYear + 1. */
export interface ConferenceSeries {
  fr: string;
  en: string;
  firstYear: number;
}

export const CONFERENCE_SERIES: ConferenceSeries[] = [
  { fr: 'Conférence régionale africaine', en: 'African Regional Conference', firstYear: 1968 },
  { fr: 'Conférence régionale européenne', en: 'European Regional Conference', firstYear: 1972 },
  { fr: 'Conférence régionale asiatique', en: 'Asian Regional Conference', firstYear: 1970 },
  { fr: 'Conférence régionale américaine', en: 'Americas Regional Conference', firstYear: 1978 },
  { fr: 'Conférence annuelle des Chefs de B.C.N.', en: 'Annual Heads of NCB Conference', firstYear: 2005 },
];
