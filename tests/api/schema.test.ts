import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, readTypeDefs } from '../../src/api/index.js';
import { followSpecOf } from '../../src/api/resolvers/index.js';
import { loadOntology } from '../../src/ontology/index.js';

const ontology = loadOntology();
const schema = buildASTSchema(parse(readTypeDefs()));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => v.name);
};

describe('schema.graphql agrees with graph/ontology.yaml', () => {
  it('NodeKind lists exactly the ontology node kinds', () => {
    expect(enumValues('NodeKind').sort()).toEqual([...ontology.nodeKinds].sort());
  });

  it('RelationType lists exactly the ontology relation kinds', () => {
    expect(enumValues('RelationType').sort()).toEqual([...ontology.relationKinds].sort());
  });

  it('every node kind is an object type implementing Entity and Node, and nothing else implements Entity', () => {
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity must be an interface');
    expect(
      schema
        .getPossibleTypes(entity)
        .map((t) => t.name)
        .sort(),
    ).toEqual([...ontology.nodeKinds].sort());
    for (const kind of ontology.nodeKinds) {
      const type = schema.getType(kind);
      if (!isObjectType(type)) throw new Error(`${kind} must be an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Entity', 'Node']));
    }
  });

  it('every @follow field walks a relation its parent kind may have, toward kinds that relation allows', () => {
    const problems: string[] = [];
    let followed = 0;
    for (const kind of ontology.nodeKinds) {
      const type = schema.getType(kind);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const spec = followSpecOf(field);
        if (!spec) continue;
        followed++;
        const relation = ontology.relationKind(spec.type);
        const [here, there] =
          spec.side === 'out' ? [relation.from, relation.to] : [relation.to, relation.from];
        if (!here.includes(kind))
          problems.push(`${kind}.${field.name}: ${kind} is never on that end of ${spec.type}`);
        const item = getNamedType(field.type);
        if (isObjectType(item) && !there.includes(item.name)) {
          problems.push(`${kind}.${field.name}: ${spec.type} never reaches a ${item.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(followed).toBeGreaterThan(40);
  });

  it('documents every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isEnumType(type)) {
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('builds with a resolver for every computed field (requireResolversToMatchSchema)', () => {
    expect(() => buildApiSchema()).not.toThrow();
  });

  it('has no Mutation or Subscription type: the API is read-only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});
