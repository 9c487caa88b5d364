import type { Ontology } from './ontology.js';

export const FOLLOW_MARKER = '  # Relation fields: generated from graph/ontology.yaml by `npm run gen`.';

/** A described list-valued @follow field, as written in schema.graphql. */
const FOLLOW_LIST_FIELD = / {2}("[^"\n]*")\n {2}(\w+): \[\w+!\]! @follow\([^)]*\)\n/g;

export interface FollowField {
  name: string;
  relation: string;
  direction: 'OUTGOING' | 'INCOMING';
  /** The GraphQL type of the entities at the other end. */
  type: string;
}

/** Every (kind, relation, side) the ontology allows, as the field that walks it, in ontology order. */
export function followFields(ontology: Ontology, kind: string): FollowField[] {
  const fields: FollowField[] = [];
  for (const relation of ontology.relationKinds) {
    const spec = ontology.relationKind(relation);
    if (spec.from.includes(kind)) {
      fields.push({ name: spec.fields.forward, relation, direction: 'OUTGOING', type: oneOrEntity(spec.to) });
    }
    if (spec.to.includes(kind)) {
      fields.push({
        name: spec.fields.reverse,
        relation,
        direction: 'INCOMING',
        type: oneOrEntity(spec.from),
      });
    }
  }
  return fields;
}

function oneOrEntity(kinds: readonly string[]): string {
  return kinds.length === 1 ? kinds[0]! : 'Entity';
}

/**
 * schema.graphql with each entity type's list-valued @follow fields replaced by the generated ones (after a
 * marker line, at the end of the type) and the NodeKind, RelationType and Language enums written from the ontology. Hand-written fields,
 * including single-valued @follow shortcuts such as `Resolution.session`, are kept as they are.
 */
export function renderSchemaFollowFields(ontology: Ontology, schema: string): string {
  let out = schema;
  for (const kind of ontology.nodeKinds) {
    const head = new RegExp(`\\ntype ${kind} implements [^{]*\\{\\n`).exec(out);
    if (!head) throw new Error(`schema.graphql has no type ${kind}`);
    const start = head.index + head[0].length;
    const end = out.indexOf('\n}\n', start) + 1;
    // A field's hand-written description is kept; a new field gets one from the relation's description.
    const written = new Map<string, string>();
    const body = out
      .slice(start, end)
      .replace(FOLLOW_LIST_FIELD, (_all, description: string, name: string) => {
        written.set(name, description);
        return '';
      })
      .replace(`${FOLLOW_MARKER}\n`, '');
    const lines = followFields(ontology, kind).flatMap((f) => [
      `  ${written.get(f.name) ?? `"${describe(ontology, f)}"`}`,
      `  ${f.name}: [${f.type}!]! @follow(type: ${f.relation}, direction: ${f.direction})`,
    ]);
    out = `${out.slice(0, start)}${body}${[FOLLOW_MARKER, ...lines].join('\n')}\n${out.slice(end)}`;
  }
  const { data } = ontology;
  out = replaceEnum(
    out,
    'NodeKind',
    Object.entries(data.nodeKinds).map(([kind, spec]) => [kind, spec.description]),
  );
  out = replaceEnum(
    out,
    'RelationType',
    Object.entries(data.relationKinds).map(([type, spec]) => [type, spec.description]),
  );
  return replaceEnum(
    out,
    'Language',
    Object.entries(data.languages).map(([code, name]) => [code.toUpperCase(), `${name}.`]),
  );
}

/** The values of `enum name { … }`, each with its description, in the given order. */
function replaceEnum(schema: string, name: string, values: Array<[string, string]>): string {
  const lines = values.flatMap(([value, description]) => [
    `  "${description.replace(/"/g, "'")}"`,
    `  ${value}`,
  ]);
  const block = new RegExp(`(\\nenum ${name} \\{\\n)[^}]*(\\})`);
  if (!block.test(schema)) throw new Error(`schema.graphql has no enum ${name}`);
  return schema.replace(block, (_all, open: string, close: string) =>
    [open.slice(0, -1), ...lines, close].join('\n'),
  );
}

function describe(ontology: Ontology, field: FollowField): string {
  const spec = ontology.relationKind(field.relation);
  const side = field.direction === 'OUTGOING' ? 'this is the source' : 'this is the target';
  return `${field.relation} (${side}): ${spec.description.replace(/"/g, "'")}`;
}
