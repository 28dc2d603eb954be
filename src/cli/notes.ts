/**
 * Notes from writing the review, grouped for the CLI summary. A rerun on a workbook whose earlier review sheets
 * are no longer recorded as generated (e.g. copied from another workbook) renames every new table and sheet; one
 * "Note" line per rename buries the summary. Renames of the same kind become one line with a count and the
 * first few renames; every other note stays as it is, in order.
 */

interface RenameKind {
  /** Matches one note of this kind; groups 1 and 2 are the old and new name. */
  pattern: RegExp;
  /** The grouped line for n renames (n ≥ 2). */
  summary(n: number): string;
  /** One rename in the list. */
  item(from: string, to: string): string;
}

// The patterns follow the notes written by the xlsx host (hosts/xlsx/write-sheet.ts and host.ts); the CLI test
// "groups the rename notes of a rerun" fails if those texts change.
const KINDS: readonly RenameKind[] = [
  {
    pattern: /^Table "(.+)" exists already: named the new one "(.+)"\.$/,
    summary: (n) => `${n} tables renamed, as tables of those names exist already`,
    item: (from, to) => `${from} → ${to}`,
  },
  {
    pattern: /^"(.+)" is a sheet of yours: wrote "(.+)" instead\.$/,
    summary: (n) => `${n} review sheets written under new names, as sheets of yours have those names`,
    item: (from, to) => `"${from}" → "${to}"`,
  },
];

/** How many renames a grouped line lists before "and N more". */
export const LISTED_RENAMES = 3;

/** Groups rename notes of each kind into one line (when there are two or more); other notes unchanged. */
export function groupNotes(notes: readonly string[]): string[] {
  const matches = KINDS.map((k) => notes.map((n) => k.pattern.exec(n)).filter((m): m is RegExpExecArray => m !== null));
  const out: string[] = [];
  const done = new Set<number>();
  for (const note of notes) {
    const kind = KINDS.findIndex((k) => k.pattern.test(note));
    if (kind < 0 || matches[kind].length < 2) {
      out.push(note);
      continue;
    }
    if (done.has(kind)) continue;
    done.add(kind);
    const { summary, item } = KINDS[kind];
    const all = matches[kind];
    const listed = all.slice(0, LISTED_RENAMES).map((m) => item(m[1], m[2]));
    const more = all.length > LISTED_RENAMES ? ` and ${all.length - LISTED_RENAMES} more` : "";
    out.push(`${summary(all.length)}: ${listed.join(", ")}${more}.`);
  }
  return out;
}
