/** The Markdown table written next to the JSON results. */
import { assertNever } from '../../src/errors.js';
import type { BenchReport, SectionResult } from './result.js';

function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

function section(result: SectionResult): string[] {
  const status = result.status;
  switch (status) {
    case 'not-run':
      return [`## ${result.title}`, '', `Not run: ${result.reason}`, ''];
    case 'failed':
      return [`## ${result.title}`, '', `Failed: ${result.error}`, ''];
    case 'ok': {
      const lines = [`## ${result.title}`, '', `(${result.seconds.toFixed(0)} s)`, ''];
      if (result.figures.length) {
        lines.push('| figure | unit | median | min | max | runs |', '|---|---|---:|---:|---:|---:|');
        for (const f of result.figures)
          lines.push(
            `| ${f.name} | ${f.unit} | ${fmt(f.median)} | ${fmt(f.min)} | ${fmt(f.max)} | ${f.runs} |`,
          );
        lines.push('');
      }
      for (const note of result.notes) lines.push(`- ${note}`);
      if (result.notes.length) lines.push('');
      return lines;
    }
    default:
      return assertNever(status);
  }
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `# Benchmark results, ${report.startedAt}`,
    '',
    `Command: \`${report.command}\``,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}; load average at start ${m.loadAverage.join(' / ')}.`,
    '',
    'Each figure is the median of interleaved runs, with the min and max over those runs.',
    '',
    '## Targets',
    '',
    '| id | target | measured | met |',
    '|---|---|---:|---|',
  ];
  for (const s of report.sections) {
    if (s.status !== 'ok') continue;
    for (const t of s.targets)
      lines.push(
        `| ${t.id} | ${t.description} ${t.op} ${t.threshold} | ${fmt(t.measured)} | ${t.met ? 'yes' : 'NO'} |`,
      );
  }
  const skipped = report.sections.filter((s) => s.status !== 'ok');
  for (const s of skipped)
    lines.push(`| ${s.id} | ${s.title} | ${s.status === 'not-run' ? 'not run' : 'failed'} | - |`);
  lines.push('');
  for (const s of report.sections) lines.push(...section(s));
  return `${lines.join('\n')}\n`;
}
