/**
 * JSON read with the position of every value kept (jsonc-parser), so that a problem found in a
 * file names its line: "missions/x/mission.json:12: timeZone …". Strict JSON: no comments, no
 * trailing commas.
 */
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";

export type JsonPath = (string | number)[];

export interface JsonDoc {
  value: unknown;
  /** The 1-based line of the value at `path`, or of its nearest enclosing value. */
  lineOf(path: JsonPath): number;
}

export type JsonRead = { ok: true; doc: JsonDoc } | { ok: false; line: number; message: string };

export function readJson(text: string): JsonRead {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineAt = lineIndex(text);
  if (errors.length > 0 || !root) {
    const e = errors[0];
    return {
      ok: false,
      line: e ? lineAt(e.offset) : 1,
      message: e
        ? `not valid JSON: ${describe(printParseErrorCode(e.error))}`
        : "the file is empty",
    };
  }
  return {
    ok: true,
    doc: {
      value: getNodeValue(root) as unknown,
      lineOf: (path) => lineAt(nearest(root, path).offset),
    },
  };
}

function nearest(root: Node, path: JsonPath): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

/** "PropertyNameExpected" → "property name expected". */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Offset → 1-based line, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
