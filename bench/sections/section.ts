import type { BenchContext } from '../harness/context.js';
import type { Figure, TargetCheck } from '../harness/result.js';

export interface SectionOutput {
  figures: Figure[];
  targets: TargetCheck[];
  notes: string[];
  details?: unknown;
}

/** One part of `npm run bench`, selectable with --only by its id or an alias. */
export interface Section {
  id: string;
  aliases: string[];
  title: string;
  run(ctx: BenchContext): Promise<SectionOutput>;
}
