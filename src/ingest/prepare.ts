import type { Extraction, Language } from '../model/index.js';
import { LANGUAGES } from '../ontology/generated.js';
import { capExtraction } from './caps.js';
import type { Extractor } from './extractor.js';
import { failedOutcome } from './failed.js';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './limits.js';
import type { FileOutcome } from './outcome.js';
import { ReadError, readSource } from './read/index.js';
import type { SourceFile } from './walk.js';

const LANGUAGE_TAG = /\.(fr|en|es)\.[A-Za-z0-9]+$/;
const languageTag = (source: string): Language | null =>
  (LANGUAGE_TAG.exec(source)?.[1] as Language | undefined) ?? null;

/**
 * Longest plain text handed to the extractor. Resolutions run to tens of kilobytes; extraction time and
 * memory grow with the text, so a runaway file is refused with a clear message instead of stalling the run.
 */
export const DEFAULT_MAX_TEXT_CHARS = 4 * 1024 * 1024;

/** Per-file settings of the read and extract stages (plain data: they are also sent to worker threads). */
export interface PrepareOptions
  extends Partial<
    Pick<
      FileLimits,
      'maxPdfPages' | 'maxPdfInflatedBytes' | 'maxEvidencePerRelation' | 'maxMentionsPerDocument'
    >
  > {
  /** Force the language instead of detecting it. */
  language?: Language;
  maxFileBytes?: number;
  /** Documents whose plain text is longer than this are refused before extraction. */
  maxTextChars?: number;
}

/** A file read and extracted, ready to be written. */
export interface PreparedFile {
  file: SourceFile;
  sha256: string;
  language: Language;
  extraction: Extraction;
}

/** Read one file, detect its language and extract it; any failure becomes this file's 'failed' outcome. */
export async function prepareFile(
  file: SourceFile,
  extractor: Extractor,
  options: PrepareOptions,
): Promise<PreparedFile | FileOutcome> {
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    source = await readSource(file.path, {
      maxBytes: options.maxFileBytes,
      maxPdfPages: options.maxPdfPages,
      maxPdfInflatedBytes: options.maxPdfInflatedBytes,
      maxTextChars,
    });
  } catch (error) {
    if (error instanceof ReadError)
      return failedOutcome(file.path, file.source, 'read', error.reason, error.message);
    return failedOutcome(file.path, file.source, 'read', 'unreadable', `${file.path}: ${messageOf(error)}`);
  }
  if (source.text.length > maxTextChars) {
    const detail = `the text is ${millions(source.text.length)} characters long, over the ${millions(maxTextChars)} limit for one document`;
    return failedOutcome(file.path, file.source, 'extract', 'too-large', `${file.path}: ${detail}`);
  }
  // The extractor is code we call, not code we trust: any exception it throws fails this file only.
  try {
    let language = options.language;
    if (language === undefined) {
      const detected = extractor.detectLanguage(source.text);
      // A text too short to vote takes its file name's language tag ("….fr.md").
      const guess = { ...detected, language: detected.language ?? languageTag(file.source) };
      if (guess.language === null) {
        const detail = `language not recognised as a supported one (${LANGUAGES.join(', ')}; confidence ${guess.confidence.toFixed(2)}); use --lang to force one`;
        return failedOutcome(
          file.path,
          file.source,
          'language',
          'unsupported-language',
          `${file.path}: ${detail}`,
        );
      }
      language = guess.language;
    }
    const extracted = extractor.extract({
      text: source.text,
      source: file.source,
      sha256: source.sha256,
      language,
    });
    const extraction = capExtraction(
      source.warnings.length > 0
        ? { ...extracted, warnings: [...source.warnings, ...extracted.warnings] }
        : extracted,
      {
        maxEvidencePerRelation: options.maxEvidencePerRelation ?? DEFAULT_FILE_LIMITS.maxEvidencePerRelation,
        maxMentionsPerDocument: options.maxMentionsPerDocument ?? DEFAULT_FILE_LIMITS.maxMentionsPerDocument,
      },
    );
    return { file, sha256: source.sha256, language, extraction };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : 'extraction-error';
    return failedOutcome(file.path, file.source, 'extract', reason, `${file.path}: ${messageOf(error)}`);
  }
}

function millions(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} M`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
