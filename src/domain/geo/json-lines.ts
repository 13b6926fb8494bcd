/**
 * The line on which each element of a top-level list starts in a JSON text, so that a problem
 * with `places[12]` can be reported as "line 140". JSON.parse keeps no positions; this walks the
 * text once, minding strings and nesting, and trusts the text to be valid JSON (parse it first).
 */
export function jsonElementLines(text: string, key: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  // Inside the top-level object: the last string read at depth 1, and whether it was a key.
  let lastString: string | null = null;
  let inList = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 2 && inList) lines.push(line);
      if (depth === 1) lastString = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (c === ":" && depth === 1) {
      inList = lastString === key;
    } else if (c === "{" || c === "[") {
      if (depth === 2 && inList) lines.push(line);
      depth++;
    } else if (c === "}" || c === "]") {
      depth--;
    } else if (depth === 2 && inList && !/[\s,]/.test(c)) {
      // A scalar element (a number, true, null): it starts here.
      lines.push(line);
      while (i + 1 < text.length && !/[\s,\]]/.test(text[i + 1]!)) i++;
    }
  }
  return lines;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i;
}
