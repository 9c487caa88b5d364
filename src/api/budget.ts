import { createRequire } from 'node:module';
import type { GraphQLFieldResolver, GraphQLOutputType, GraphQLSchema } from 'graphql';

/** graphql-js as the schema's builder loaded it (see executor.ts: bundlers may load a second copy). */
const { defaultFieldResolver, getNamedType, isLeafType, isListType, isNonNullType, isObjectType } =
  createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** What a budgeted resolver needs from the request context (the API's ApiContext provides both). */
interface Budgeted {
  /** Count resolved list elements toward the request's item budget (throws LIMIT_EXCEEDED past it). */
  charge?(items: number): void;
  /** Count produced text toward the response byte cap (throws LIMIT_EXCEEDED past it). */
  chargeBytes?(bytes: number): void;
  /** Set once a budget is spent: every later budgeted field fails at once instead of resolving first. */
  exceeded?(): Error | undefined;
}

const isList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * Wrap every field of the schema so that what a request produces is paid for while it is produced: each
 * element of a resolved list (mentions, evidence, clauses, relations, lineage nodes and edges) counts toward
 * the item budget, and each string toward the response byte cap. DataLoader caching makes a repeated
 * document free to load but not free to send: `mentions { document { mentions … } } }` multiplies the
 * answer without a single new store call, which is why the count is taken here and not in the loaders.
 */
export function budgetSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const list = isList(field.type);
      const named = getNamedType(field.type);
      const text = named.name === 'String';
      // Object fields only check that the budget is not spent yet (what was loaded before a breach then stops
      // at once instead of loading its children); other scalars cost nothing worth counting.
      if (!list && !text && isLeafType(named)) continue;
      const inner: GraphQLFieldResolver<unknown, Budgeted> = field.resolve ?? defaultFieldResolver;
      const settle = (value: unknown, ctx: Budgeted) => {
        if (list && Array.isArray(value)) ctx?.charge?.(value.length);
        else if (typeof value === 'string') ctx?.chargeBytes?.(value.length);
        if (list && text && Array.isArray(value)) {
          let bytes = 0;
          for (const item of value) if (typeof item === 'string') bytes += item.length;
          ctx?.chargeBytes?.(bytes);
        }
        return value;
      };
      field.resolve = (source, args, ctx: Budgeted, info) => {
        const spent = ctx?.exceeded?.();
        if (spent) throw spent;
        const value = inner(source, args, ctx, info);
        if (value instanceof Promise) return value.then((settled) => settle(settled, ctx));
        return settle(value, ctx);
      };
    }
  }
  return schema;
}
