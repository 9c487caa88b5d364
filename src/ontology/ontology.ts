import type { NodeKindSpec, OntologyData, RelationKindSpec } from './schema.js';

export type Direction = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/** Pure lookups over a validated ontology. Nothing else in the code names a kind. */
export class Ontology {
  readonly nodeKinds: readonly string[];
  readonly relationKinds: readonly string[];

  constructor(readonly data: OntologyData) {
    this.nodeKinds = Object.keys(data.nodeKinds);
    this.relationKinds = Object.keys(data.relationKinds);
  }

  isNodeKind(kind: string): boolean {
    return Object.hasOwn(this.data.nodeKinds, kind);
  }

  isRelationKind(type: string): boolean {
    return Object.hasOwn(this.data.relationKinds, type);
  }

  nodeKind(kind: string): NodeKindSpec {
    const spec = this.data.nodeKinds[kind];
    if (!spec) throw new Error(`Unknown node kind "${kind}"`);
    return spec;
  }

  relationKind(type: string): RelationKindSpec {
    const spec = this.data.relationKinds[type];
    if (!spec) throw new Error(`Unknown relation kind "${type}"`);
    return spec;
  }

  /** True when an edge of this type may join these kinds. */
  allows(type: string, fromKind: string, toKind: string): boolean {
    const spec = this.data.relationKinds[type];
    return !!spec && spec.from.includes(fromKind) && spec.to.includes(toKind);
  }

  /**
   * Which stored end to step to when walking in `direction` from the other end.
   * Returns 'out' (follow from→to), 'in' (follow to→from), or 'both'.
   */
  step(type: string, direction: Direction): 'out' | 'in' | 'both' {
    if (direction === 'BOTH') return 'both';
    const { antecedent } = this.relationKind(type);
    // Upstream goes toward the antecedent: if the antecedent is the target, follow the edge forward.
    const forward = antecedent === 'target';
    return (direction === 'UPSTREAM') === forward ? 'out' : 'in';
  }
}
