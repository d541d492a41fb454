/** Why a Markdown document could not become a curriculum. */
export type ImportErrorReason =
  | 'not-text'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'too-deep'
  | 'no-items'
  | 'bad-option'
  | 'invalid';

/**
 * The one error `importMarkdown` throws: a one-line message a learner can act on, and a
 * `reason` a caller can branch on. Anything else escaping the importer is a bug.
 */
export class CurriculumImportError extends Error {
  override readonly name = 'CurriculumImportError';
  constructor(
    readonly reason: ImportErrorReason,
    message: string,
  ) {
    super(message);
  }
}
