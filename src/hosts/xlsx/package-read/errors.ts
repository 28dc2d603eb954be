/** The package reader's one error: a damaged or hostile part, as one sentence naming the part (no file name; the caller adds it). */
export class PackageReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageReadError";
  }
}
