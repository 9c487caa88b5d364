import { z } from 'zod';
import { BadInputError, LimitExceededError } from '../errors.js';
import type { ApiLimits } from './limits.js';

// Control characters are never part of an id, a code or a name; rejecting them early keeps logs and stores clean.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');

const id = text(300);
const cursor = z.string().min(1).max(1_000);
const kinds = z.array(z.string()).max(50).nullish();
/** graphql-scalars' Date arrives as a JS Date at UTC midnight; the stores speak ISO strings. */
const isoDate = z
  .date()
  .transform((d) => d.toISOString().slice(0, 10))
  .nullish();
const intIn = (min: number, max: number, name: string) =>
  z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`);

/** One zod schema per argument set of schema.graphql's Query fields. */
export function argSchemas(limits: ApiLimits) {
  const lineageBase = {
    id,
    direction: z.enum(['UPSTREAM', 'DOWNSTREAM', 'BOTH']),
    depth: intIn(1, limits.maxLineageDepth, 'depth'),
    relationTypes: z.array(z.string()).max(50).nullish(),
    asOf: isoDate,
  };
  return {
    byId: z.object({ id }),
    byCode: z.object({ code: text(100) }),
    byName: z.object({ name: text(300) }),
    lookup: z.object({ name: text(300), kinds }),
    search: z.object({
      text: text(200),
      kinds,
      first: intIn(1, limits.maxPageSize, 'first'),
      after: cursor.nullish(),
    }),
    lineage: z.object({ ...lineageBase, perHopLimit: intIn(1, limits.maxPageSize, 'perHopLimit').nullish() }),
    lineageCounts: z.object(lineageBase),
    path: z.object({
      from: id,
      to: id,
      relationTypes: z.array(z.string()).max(50).nullish(),
      maxDepth: intIn(1, limits.maxPathDepth, 'maxDepth'),
    }),
    timeline: z
      .object({ from: isoDate, to: isoDate, kinds, limit: intIn(1, limits.maxPageSize, 'limit') })
      .refine((a) => !a.from || !a.to || a.from <= a.to, {
        message: 'from must not be after to',
        path: ['from'],
      }),
    relations: z.object({
      type: z.string().nullish(),
      first: intIn(1, limits.maxPageSize, 'first'),
      after: cursor.nullish(),
    }),
  };
}

export type ArgSchemas = ReturnType<typeof argSchemas>;

/**
 * Validate one argument set. Failures name each offending argument: LIMIT_EXCEEDED when every problem is a
 * value above its maximum (depth, page size, text length), BAD_USER_INPUT otherwise.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const summary = issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
  if (parsed.error.issues.every((i) => i.code === 'too_big')) {
    throw new LimitExceededError(`Limit exceeded: ${summary}`, { issues });
  }
  throw new BadInputError(`Invalid arguments: ${summary}`, { issues });
}
