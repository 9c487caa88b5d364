import { BadInputError } from '../../errors.js';

/** Why a file could not be turned into text. */
export type ReadFailure =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'too-many-pages'
  | 'binary'
  | 'invalid-utf8'
  | 'invalid-encoding'
  | 'invalid-pdf'
  | 'no-text'
  | 'unsupported-format';

/** A source file that cannot be read; the message names the file and the reason. */
export class ReadError extends BadInputError {
  constructor(
    readonly file: string,
    readonly reason: ReadFailure,
    detail: string,
  ) {
    super(`${file}: ${detail}`, { file, reason });
  }
}
