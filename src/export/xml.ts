const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Characters XML 1.0 forbids (control characters other than tab, newline and carriage return). */
function allowedInXml(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

/** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  let out = '';
  for (const char of value) if (allowedInXml(char)) out += ESCAPES[char] ?? char;
  return out;
}
