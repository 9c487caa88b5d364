import type { Label } from '../api/types.ts';
import type { Lang } from '../state/state.ts';

interface Labelled {
  name: string;
  labels: Label[];
  code?: string | null;
}

/** The name in the chosen language, else the display name. */
export function labelIn(node: Labelled, lang: Lang): string {
  const wanted = lang.toUpperCase();
  return node.labels.find((l) => l.language.toUpperCase() === wanted)?.text ?? node.name;
}

/** What a node is called in the graph: its code when it has one (codes are language-neutral), else its label. */
export function nodeCaption(node: Labelled, lang: Lang): string {
  return node.code ?? labelIn(node, lang);
}
