/**
 * The labels people quote records by: a report's tracking id ("R-000323") and an incident's
 * reference ("INC-00018"). Written here once, read back from whatever a user types.
 */

const TRACKING_DIGITS = 6;
const REFERENCE_DIGITS = 5;

export function trackingIdOf(n: number): string {
  return `R-${String(n).padStart(TRACKING_DIGITS, "0")}`;
}

export function incidentReferenceOf(n: number): string {
  return `INC-${String(n).padStart(REFERENCE_DIGITS, "0")}`;
}

export interface RecordLabel {
  type: "report" | "incident";
  /** The label as stored: "R-000323", "INC-00018". */
  label: string;
}

const GLUED = /^(r|inc)(\d{1,12})$/;
const PREFIX = /^(r|inc)$/;
const NUMBER = /^\d{1,12}$/;

function labelOf(prefix: string, digits: string): RecordLabel | null {
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  return prefix === "r"
    ? { type: "report", label: trackingIdOf(n) }
    : { type: "incident", label: incidentReferenceOf(n) };
}

/**
 * Tracking ids and references among normalised query words ("r 000323", "inc18", "r 323"): any
 * case, with or without the dash and the leading zeros. Returns the labels found and the words
 * that are not part of one.
 */
export function readRecordLabels(words: readonly string[]): {
  labels: RecordLabel[];
  rest: string[];
} {
  const labels: RecordLabel[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const glued = GLUED.exec(word);
    const next = words[i + 1];
    const split = PREFIX.test(word) && next !== undefined && NUMBER.test(next);
    const label = glued ? labelOf(glued[1]!, glued[2]!) : split ? labelOf(word, next) : null;
    if (!label) {
      rest.push(word);
      continue;
    }
    if (!labels.some((l) => l.label === label.label)) labels.push(label);
    if (split) i++;
  }
  return { labels, rest };
}
