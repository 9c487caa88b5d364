import type { Extraction, Language } from '../model/index.js';
import type { Ontology } from '../ontology/index.js';
import { analyse } from './analyse.js';
import { fileLanguageTag } from './codes.js';
import { ExtractionError } from './errors.js';
import type { Knowledge } from './knowledge/schema.js';
import { detectionReadsAll, detectLanguage, languageOfTokens } from './language.js';
import { resolve } from './resolve.js';
import { type Token, tokenize } from './text/tokens.js';
import { normalise, type TextView } from './text/view.js';

export interface ExtractInput {
  text: string;
  source: string;
  sha256: string;
  language?: Language;
}

/**
 * Read one resolution: every entity it names, every relation it states, each with its evidence.
 * Throws ExtractionError only when the text is not a resolution at all (unsupported language, no
 * resolution structure); otherwise returns what it found, with warnings.
 */
export function extract(input: ExtractInput, knowledge: Knowledge, ontology: Ontology): Extraction {
  let prepared: { view: TextView; tokens: Token[] } | undefined;
  let language = input.language ?? null;
  if (!language && detectionReadsAll(input.text)) {
    const view = normalise(input.text);
    prepared = { view, tokens: tokenize(view) };
    language = languageOfTokens(prepared.tokens, knowledge).language;
  } else if (!language) {
    language = detectLanguage(input.text, knowledge).language;
  }
  // A text too short to vote ("approuve les changements proposés …") takes its file name's language tag.
  language ??= fileLanguageTag(input.source, knowledge);
  if (!language) {
    throw new ExtractionError(
      'UNSUPPORTED_LANGUAGE',
      `${input.source}: the language is not one the lexicons know`,
      {
        source: input.source,
      },
    );
  }
  const { ctx, header } = analyse(input.text, knowledge, ontology, {
    language,
    source: input.source,
    sha256: input.sha256,
    prepared,
  });
  if (!header) {
    throw new ExtractionError(
      'NO_RESOLUTION',
      `${input.source}: no resolution code, heading or clause found`,
      {
        source: input.source,
      },
    );
  }
  const code = header.resolution.code!;
  const { docId, nodes, edges, clauses, mentions } = resolve(ctx, header.resolution, code, input.source);
  return {
    document: {
      id: docId,
      source: input.source,
      sha256: input.sha256,
      language,
      text: input.text,
      clauses,
      mentions,
    },
    nodes,
    edges,
    warnings: ctx.warnings,
  };
}
