/** The package reader's one error: a damaged or hostile part, as one sentence naming the part (no file name; the caller adds it). */
export class PackageReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageReadError";
  }
}

/** The refusal of a part inflating past the size its zip entry declares (the reader's and the pre-flight check's). */
export function pastDeclaredSize(part: string, size: number): string {
  return `refused: part "${part}" inflates to more than the ${size} bytes its zip entry declares (a damaged file or a "zip bomb")`;
}
