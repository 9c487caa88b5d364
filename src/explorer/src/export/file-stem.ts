/** A download file name stem from the view's focus caption: letters and digits of any script, dashes between. */
export function fileStem(caption: string | null): string {
  const slug = (caption ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lineage-${slug || 'view'}`;
}
