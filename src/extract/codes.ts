import { type CompiledFamily, compile } from './knowledge/compile.js';
import type { CodeFamily, Knowledge } from './knowledge/schema.js';

export interface CodeMatch {
  family: CodeFamily;
  code: string;
  kind: 'Resolution' | 'Report';
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/**
 * Fill a family's canonical template ("AG-{year}-{type}-{number:2}") from named groups; `{-number}` is
 * "-N" when the group is present and nothing otherwise ("CIPM-1961-REC" has no number), `{ letter}` and
 * `{/year}` the same with a space or a slash ("A/RES/377 A (V)", "S/1994/12"). Values are upper-cased, spaces collapsed, except `{item:as-is}`
 * (UNESCO items keep their case, "14.COM 10.b", and a file name's dashes read as spaces).
 */
export function formatCode(template: string, groups: Record<string, string | undefined>): string {
  return template.replace(
    /\{([- /]?)(\w+)(?::(\d|as-is))?\}/g,
    (_, lead: string, name: string, modifier?: string) => {
      const written = (groups[name] ?? '').trim().replace(/\s+/g, ' ');
      // as-is: the printed case; a dash is the space a file name wrote ("17.COM-4.BUR-4").
      const raw = modifier === 'as-is' ? written.replace(/-/g, ' ') : written.toUpperCase();
      if (lead && !raw) return '';
      const value = /^\d+$/.test(raw) ? String(Number(raw)) : raw;
      const pad = modifier && modifier !== 'as-is' ? Number(modifier) : 0;
      return lead + (pad ? value.padStart(pad, '0') : value);
    },
  );
}

/**
 * A pattern with two spellings needs distinct group names ("meeting", "meeting2"): a trailing digit names
 * the same group, so `meeting2` fills `meeting` when that one did not match.
 */
export function mergedGroups(raw: Record<string, string | undefined>): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) {
    const base = name.replace(/\d+$/, '');
    if (value !== undefined || !(base in groups)) groups[base] = value ?? groups[base];
  }
  return groups;
}

function toMatch(compiled: CompiledFamily, m: RegExpExecArray): CodeMatch | null {
  const groups = mergedGroups(m.groups ?? {});
  const type = (groups.type ?? '').toUpperCase();
  const kind = compiled.family.types[type];
  if (!kind) return null;
  return {
    family: compiled.family,
    code: formatCode(compiled.family.canonical, groups),
    kind,
    start: m.index,
    end: m.index + m[0].length,
    groups,
  };
}

/** Every document code in `text`, leftmost first; overlapping matches keep the longer. */
export function scanCodes(text: string, knowledge: Knowledge): CodeMatch[] {
  const found: CodeMatch[] = [];
  for (const compiled of compile(knowledge).families) {
    compiled.regex.lastIndex = 0;
    for (let m = compiled.regex.exec(text); m; m = compiled.regex.exec(text)) {
      if (m[0].length === 0) compiled.regex.lastIndex++;
      const match = toMatch(compiled, m);
      if (match) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CodeMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Any accepted spelling of a code ("AGN-68-RES-5", "agn 68 res 5") -> its canonical form, or null. */
export function canonicalCode(raw: string, knowledge: Knowledge): string | null {
  const text = raw.trim();
  for (const compiled of compile(knowledge).families) {
    compiled.regex.lastIndex = 0;
    const m = compiled.regex.exec(text);
    if (m && m.index === 0 && m[0].length === text.length) return toMatch(compiled, m)?.code ?? null;
  }
  return null;
}

/** The code of a source file named `CODE.LANG.ext` ("CGPM-2022-RES-4.en.md"), or null. */
export function codeFromFileName(source: string, knowledge: Knowledge): CodeMatch | null {
  const base = source.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/(\.[a-z]{2})?\.[A-Za-z0-9]+$/, '');
  const code = canonicalCode(stem, knowledge);
  if (!code) return null;
  return scanCodes(stem, knowledge).find((m) => m.code === code) ?? null;
}

/** The language tag of a file named `NAME.LANG.ext` ("CGPM-2022-RES-4.fr.md" -> "fr"), when the lexicons know it. */
export function fileLanguageTag(
  source: string,
  knowledge: Knowledge,
): Knowledge['lexicons'][number]['language'] | null {
  const tag = /\.([a-z]{2})\.[A-Za-z0-9]+$/.exec(source)?.[1];
  return knowledge.lexicons.find((l) => l.language === tag)?.language ?? null;
}
