const cache = new Map<string, string>();

/** Lower-case, accent-free form of one UTF-16 unit; always one unit long, so offsets survive folding. */
function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const base = unit.normalize('NFD').charAt(0).toLowerCase();
    folded = base.length === 1 ? base : unit;
    if (folded === '’' || folded === '‘' || folded === 'ʼ') folded = "'";
    cache.set(unit, folded);
  }
  return folded;
}

/** Length-preserving fold: `fold(s).length === s.length`, index i of the result belongs to index i of s. */
/** Folded code of every UTF-16 unit below 0x3000 (Latin, Greek, Cyrillic, punctuation), built once. */
let table: Uint16Array | undefined;
function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x3000);
    for (let c = 0; c < table.length; c++) table[c] = foldUnit(String.fromCharCode(c)).charCodeAt(0);
  }
  return table;
}

export function fold(text: string): string {
  const codes = new Uint16Array(text.length);
  const t = foldTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 0x3000 ? t[c]! : foldUnit(text[i]!).charCodeAt(0);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** Fold for comparison only (drops dots and collapses spaces): "B.C.N." -> "bcn". */
export function foldKey(text: string): string {
  return fold(text).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}
