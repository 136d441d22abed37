/**
 * A file the import cannot use. The message says which file, what is wrong and what to do; nothing
 * is written when one is raised.
 */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
