/** Corpus sizes as written on the command line: "1k", "10k", "100k" or a plain number. */
export function parseSize(text: string): number {
  const match = /^(\d+)(k?)$/i.exec(text.trim());
  if (!match) throw new Error(`Invalid size "${text}": expected a number such as 500, 1k, 10k or 100k`);
  const n = Number(match[1]) * (match[2] ? 1000 : 1);
  if (n < 1) throw new Error(`Invalid size "${text}": must be at least 1`);
  return n;
}
