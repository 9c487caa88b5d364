/** Spelling-insensitive keys for matching the extractor's nodes to planted ones. */

/** "AG-2014-RES-04", "ag 2014 res 4" -> "AG-2014-RES-4"; "AGN/69/RES/2" -> "AGN-69-RES-2". */
export function codeKey(code: string): string {
  return code
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('-');
}

/**
 * Lower case, no accents, no markup, no leading article, ordinals as bare numbers:
 * "le Groupe d'experts mondial" -> "groupe d experts mondial"; "la 10<sup>ème</sup> Conférence" -> "10 conference".
 */
export function nameKey(name: string): string {
  return name
    .replace(/<[^>]*>/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/(\d+)\s*(?:st|nd|rd|th|eme|ere|er|re|e)\b/g, '$1')
    .replace(/^(?:the|le|la|les|l')\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
