import type { Ontology } from './ontology.js';

/** The TypeScript constants file (src/ontology/generated.ts): kinds, relation kinds, body types, languages. */
export function renderConstants(ontology: Ontology): string {
  const { data } = ontology;
  const list = (name: string, values: readonly string[], type: string, doc: string) =>
    [
      `/** ${doc} */`,
      `export const ${name} = [${values.map((v) => `'${v}'`).join(', ')}] as const;`,
      `export type ${type} = (typeof ${name})[number];`,
      '',
    ].join('\n');
  return [
    '// Generated from graph/ontology.yaml by `npm run gen`: do not edit by hand.',
    '',
    list('NODE_KINDS', ontology.nodeKinds, 'NodeKindName', 'Node kinds, in ontology order.'),
    list('RELATION_KINDS', ontology.relationKinds, 'RelationKindName', 'Relation kinds, in ontology order.'),
    list('BODY_TYPES', data.nodeKinds.Body?.subtypes ?? [], 'BodyType', 'Subtypes of Body (`bodyType`).'),
    list('LANGUAGES', Object.keys(data.languages), 'Language', 'Languages of source texts and labels.'),
  ].join('\n');
}
