/** What a benchmark section reports: figures (median, min, max over runs), target checks, notes. */
import type { Spread } from './stats.js';

export interface Figure extends Spread {
  name: string;
  unit: string;
}

/** A figure measured once (a single run): median, min and max are the value itself. */
export function singleFigure(name: string, unit: string, value: number): Figure {
  return { name, unit, median: value, min: value, max: value, runs: 1 };
}

export interface TargetCheck {
  id: string;
  description: string;
  measured: number;
  op: '<=' | '>=';
  threshold: number;
  met: boolean;
}

export type SectionResult =
  | {
      id: string;
      title: string;
      status: 'ok';
      seconds: number;
      figures: Figure[];
      targets: TargetCheck[];
      notes: string[];
      details?: unknown;
    }
  | { id: string; title: string; status: 'not-run'; reason: string }
  | { id: string; title: string; status: 'failed'; error: string };

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  loadAverage: number[];
}

export interface BenchReport {
  startedAt: string;
  command: string;
  options: Record<string, unknown>;
  machine: MachineInfo;
  sections: SectionResult[];
}

export function check(
  id: string,
  description: string,
  measured: number,
  op: '<=' | '>=',
  threshold: number,
): TargetCheck {
  const met = op === '<=' ? measured <= threshold : measured >= threshold;
  return { id, description, measured, op, threshold, met: Number.isFinite(measured) && met };
}

/** Raised by a section whose prerequisites are missing: the report says "not run: <reason>". */
export class NotRun extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotRun';
  }
}
