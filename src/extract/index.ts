/** Public surface of the extractor (pure: no I/O). */
export { canonicalCode, codeFromFileName } from './codes.js';
export { ExtractionError, type ExtractionFailure } from './errors.js';
export { type ExtractInput, extract } from './extract.js';
export type { Knowledge } from './knowledge/schema.js';
export { detectLanguage, type LanguageGuess } from './language.js';
export { documentId } from './resolve.js';
