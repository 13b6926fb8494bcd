/**
 * Reading a mission profile's `agreements.json` (format: the mission profile contract): every
 * problem is reported with the file, line and column it is at, all of them at once, so that the
 * person fixing the file sees the whole list. Comments and trailing commas are tolerated.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { AGREEMENT_LANGUAGES, type AgreementInput, type ProvisionInput } from "./agreements.js";

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  /** Where in the document, e.g. "[0].provisions[2].text.ar". */
  path: string;
  message: string;
}

/** Where each agreement and each of its provisions starts in the file. */
export interface FilePositions {
  agreement: { line: number; column: number };
  provisions: { line: number; column: number }[];
}

export type AgreementsFileResult =
  | { ok: true; agreements: AgreementInput[]; positions: FilePositions[] }
  | { ok: false; problems: FileProblem[] };

const CODE = /^[A-Za-z0-9][A-Za-z0-9./_()-]{0,63}$/;
const PARTY = /^[A-Z][A-Z0-9_]{1,15}$/;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

class Reader {
  readonly problems: FileProblem[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly file: string,
    text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  problem(offset: number, path: string, message: string): void {
    this.problems.push({ file: this.file, ...this.at(offset), path, message });
  }

  /** The value of `key` in object `node`, reporting it when missing (and `required`). */
  prop(node: Node, path: string, key: string, required = true): Node | undefined {
    const pair = node.children?.find((c) => c.children?.[0]?.value === key);
    if (!pair && required) this.problem(node.offset, path, `"${key}" is missing.`);
    return pair?.children?.[1];
  }

  unknownKeys(node: Node, path: string, known: readonly string[]): void {
    for (const pair of node.children ?? []) {
      const key = pair.children?.[0];
      if (key && !known.includes(String(key.value))) {
        this.problem(
          key.offset,
          path,
          `"${String(key.value)}" is not a field here (known: ${known.join(", ")}).`,
        );
      }
    }
  }

  string(
    node: Node | undefined,
    path: string,
    opts: { pattern?: RegExp; hint?: string; empty?: boolean } = {},
  ): string | undefined {
    if (!node) return undefined;
    if (node.type !== "string") {
      this.problem(node.offset, path, `${path} must be a string.`);
      return undefined;
    }
    const value = String(node.value);
    if (!opts.empty && !value.trim()) this.problem(node.offset, path, `${path} is empty.`);
    else if (opts.pattern && !opts.pattern.test(value)) {
      this.problem(node.offset, path, `${path} "${value}" is not ${opts.hint ?? "valid"}.`);
      return undefined;
    }
    return value;
  }

  object(node: Node | undefined, path: string): node is Node {
    if (!node) return false;
    if (node.type !== "object") {
      this.problem(node.offset, path, `${path} must be an object.`);
      return false;
    }
    return true;
  }

  array(node: Node | undefined, path: string): Node[] | undefined {
    if (!node) return undefined;
    if (node.type !== "array") {
      this.problem(node.offset, path, `${path} must be a list.`);
      return undefined;
    }
    return node.children ?? [];
  }

  date(node: Node | undefined, path: string, nullable: boolean): Date | null | undefined {
    if (!node) return undefined;
    if (nullable && node.type === "null") return null;
    const s = this.string(node, path, { pattern: ISO, hint: "an ISO 8601 date or time" });
    if (s === undefined) return undefined;
    const d = new Date(s);
    if (Number.isNaN(d.getTime())) {
      this.problem(node.offset, path, `${path} "${s}" is not a real date.`);
      return undefined;
    }
    return d;
  }

  /** `{ "en": "…", "ar": "…" }`: both languages present; one may be empty when `oneEnough`. */
  bilingual(
    node: Node | undefined,
    path: string,
    oneEnough: boolean,
  ): { en: string; ar: string } | undefined {
    if (!this.object(node, path)) return undefined;
    this.unknownKeys(node, path, ["en", "ar"]);
    const en = this.string(this.prop(node, path, "en"), `${path}.en`, { empty: oneEnough });
    const ar = this.string(this.prop(node, path, "ar"), `${path}.ar`, { empty: oneEnough });
    if (en === undefined || ar === undefined) return undefined;
    if (oneEnough && !en.trim() && !ar.trim()) {
      this.problem(node.offset, path, `${path} needs a text in at least one language.`);
      return undefined;
    }
    return { en, ar };
  }
}

const AGREEMENT_KEYS = [
  "code",
  "title",
  "signedAt",
  "entryIntoForce",
  "authoritativeLanguage",
  "provisions",
] as const;
const PROVISION_KEYS = ["code", "text", "obligatedParties"] as const;

function readProvision(
  r: Reader,
  node: Node,
  path: string,
  seen: Map<string, string>,
): ProvisionInput | undefined {
  if (!r.object(node, path)) return undefined;
  r.unknownKeys(node, path, PROVISION_KEYS);
  const codeNode = r.prop(node, path, "code");
  const code = r.string(codeNode, `${path}.code`, {
    pattern: CODE,
    hint: "a code (letters, digits and . / - _ ( ))",
  });
  if (code !== undefined && codeNode) {
    const first = seen.get(code);
    if (first)
      r.problem(
        codeNode.offset,
        `${path}.code`,
        `The provision code "${code}" is used twice (first at ${first}).`,
      );
    else seen.set(code, `${path}.code`);
  }
  const text = r.bilingual(r.prop(node, path, "text"), `${path}.text`, true);
  const partiesNode = r.prop(node, path, "obligatedParties");
  const parties = r.array(partiesNode, `${path}.obligatedParties`)?.map((p, i) =>
    r.string(p, `${path}.obligatedParties[${i}]`, {
      pattern: PARTY,
      hint: "a party code (e.g. GNA)",
    }),
  );
  if (parties && new Set(parties).size !== parties.length && partiesNode) {
    r.problem(partiesNode.offset, `${path}.obligatedParties`, "A party is named twice.");
  }
  if (code === undefined || !text || !parties || parties.some((p) => p === undefined))
    return undefined;
  return { code, textEn: text.en, textAr: text.ar, obligatedParties: parties as string[] };
}

function readAgreement(
  r: Reader,
  node: Node,
  path: string,
  seen: Map<string, string>,
): AgreementInput | undefined {
  if (!r.object(node, path)) return undefined;
  r.unknownKeys(node, path, AGREEMENT_KEYS);
  const codeNode = r.prop(node, path, "code");
  const code = r.string(codeNode, `${path}.code`, {
    pattern: CODE,
    hint: "a code (letters, digits and . / - _ ( ))",
  });
  if (code !== undefined && codeNode) {
    const first = seen.get(`agreement:${code}`);
    if (first)
      r.problem(
        codeNode.offset,
        `${path}.code`,
        `The agreement code "${code}" is used twice (first at ${first}).`,
      );
    else seen.set(`agreement:${code}`, `${path}.code`);
  }
  const title = r.bilingual(r.prop(node, path, "title"), `${path}.title`, false);
  const signedAt = r.date(r.prop(node, path, "signedAt"), `${path}.signedAt`, true);
  const entryIntoForce = r.date(
    r.prop(node, path, "entryIntoForce"),
    `${path}.entryIntoForce`,
    false,
  );
  const langNode = r.prop(node, path, "authoritativeLanguage", false);
  const lang = langNode
    ? r.string(langNode, `${path}.authoritativeLanguage`, {
        pattern: /^(en|ar)$/,
        hint: `one of ${AGREEMENT_LANGUAGES.join(", ")}`,
      })
    : "en";
  const provisionsNode = r.prop(node, path, "provisions");
  const list = r.array(provisionsNode, `${path}.provisions`);
  if (list && list.length === 0 && provisionsNode) {
    r.problem(
      provisionsNode.offset,
      `${path}.provisions`,
      "An agreement needs at least one provision: findings cite provisions.",
    );
  }
  const provisions = list?.map((p, i) => readProvision(r, p, `${path}.provisions[${i}]`, seen));
  if (
    code === undefined ||
    !title ||
    signedAt === undefined ||
    !entryIntoForce ||
    lang === undefined ||
    !provisions ||
    provisions.some((p) => !p)
  ) {
    return undefined;
  }
  return {
    code,
    titleEn: title.en,
    titleAr: title.ar,
    signedAt,
    entryIntoForce,
    authoritativeLanguage: lang as AgreementInput["authoritativeLanguage"],
    provisions: provisions as ProvisionInput[],
  };
}

/** Every problem, one a line: "file:line:column: message" (the first ten). */
export function problemsMessage(problems: readonly FileProblem[]): string {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  return lines.length > 10
    ? [...lines.slice(0, 10), `… and ${lines.length - 10} more`].join("\n")
    : lines.join("\n");
}

/** Reads an agreements file: the agreements, or every problem with its line. */
export function readAgreementsFile(file: string, text: string): AgreementsFileResult {
  const r = new Reader(file, text);
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  for (const e of syntax) r.problem(e.offset, "", `Not JSON: ${printParseErrorCode(e.error)}.`);
  if (syntax.length || !root) {
    if (!root && !syntax.length) r.problem(0, "", "The file is empty.");
    return { ok: false, problems: r.problems };
  }
  const items = r.array(root, "the file");
  const seen = new Map<string, string>();
  const agreements = items?.map((a, i) => readAgreement(r, a, `[${i}]`, seen)) ?? [];
  if (r.problems.length) return { ok: false, problems: r.problems };
  const positions = (items ?? []).map((a) => ({
    agreement: r.at(a.offset),
    provisions: (r.prop(a, "", "provisions")?.children ?? []).map((p) => r.at(p.offset)),
  }));
  return { ok: true, agreements: agreements as AgreementInput[], positions };
}
