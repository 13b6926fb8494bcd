/**
 * Importing a mission profile's `agreements.json`: validated with the file's lines, in one
 * transaction, idempotent. An agreement or provision not yet recorded is created; a changed
 * wording becomes a new version of the provision (the old one kept); the same file twice changes
 * nothing. A provision recorded but absent from the file is left as it is (retiring is a decision
 * someone takes, with a reason, not a side effect of a file).
 */
import {
  problemsMessage,
  readAgreementsFile,
  type FileProblem,
  type FilePositions,
} from "../domain/agreements-file.js";
import type { AgreementInput, VersionReason } from "../domain/agreements.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { findAgreement } from "../store/agreements-repo.js";
import {
  addProvisionIn,
  changedHeaderFields,
  createAgreementIn,
  requireAgreementEditor,
  reviseProvisionIn,
  updateAgreementIn,
} from "./agreements.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { requirePartiesExist } from "./parties.js";

export interface ImportSummary {
  file: string;
  agreementsCreated: string[];
  agreementsUpdated: string[];
  provisionsAdded: string[];
  /** Provisions whose wording changed: a new version each. */
  provisionsRevised: string[];
  unchanged: number;
}

function invalid(file: string, problems: FileProblem[]): DomainError {
  return new DomainError("validation_failed", problemsMessage(problems), {
    field: "file",
    file,
    problems,
  });
}

export async function importAgreements(
  deps: Deps,
  actor: Actor,
  input: { fileName: string; text: string },
): Promise<ImportSummary> {
  requireAgreementEditor(actor);
  const file = input.fileName;
  const read = readAgreementsFile(file, input.text);
  if (!read.ok) throw invalid(file, read.problems);
  return inTransaction(deps, async (tx) => {
    const summary: ImportSummary = {
      file,
      agreementsCreated: [],
      agreementsUpdated: [],
      provisionsAdded: [],
      provisionsRevised: [],
      unchanged: 0,
    };
    const problems: FileProblem[] = [];
    for (const [i, a] of read.agreements.entries()) {
      await importOne(deps, tx, actor, { a, at: read.positions[i]!, file, summary, problems });
    }
    // Nothing half-applied: one problem anywhere and the whole file is refused.
    if (problems.length) throw invalid(file, problems);
    return summary;
  });
}

interface ImportStep {
  a: AgreementInput;
  at: FilePositions;
  file: string;
  summary: ImportSummary;
  problems: FileProblem[];
}

/** Runs `fn`; a refusal becomes a problem at `where` in the file (the others still get checked). */
async function asProblem(
  s: ImportStep,
  where: { line: number; column: number },
  path: string,
  fn: () => Promise<void>,
): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    s.problems.push({ file: s.file, ...where, path, message: e.message });
  }
}

async function importOne(deps: Deps, tx: Tx, actor: Actor, s: ImportStep): Promise<void> {
  const { a, summary } = s;
  const reason: VersionReason = { kind: "imported", file: s.file };
  const existing = await findAgreement(tx, { code: a.code });
  if (!existing) {
    // Each provision's parties first, so that a problem names the provision's own line.
    const before = s.problems.length;
    for (const [j, p] of a.provisions.entries()) {
      await asProblem(s, s.at.provisions[j]!, p.code, () =>
        requirePartiesExist(deps, tx, p.obligatedParties),
      );
    }
    if (s.problems.length > before) return;
    await asProblem(s, s.at.agreement, a.code, async () => {
      await createAgreementIn(deps, tx, actor, a, reason);
      summary.agreementsCreated.push(a.code);
      summary.provisionsAdded.push(...a.provisions.map((p) => p.code));
    });
    return;
  }
  const header = {
    titleEn: a.titleEn,
    titleAr: a.titleAr,
    signedAt: a.signedAt,
    entryIntoForce: a.entryIntoForce,
    authoritativeLanguage: a.authoritativeLanguage ?? "en",
  };
  if (changedHeaderFields(existing, header).length) {
    await updateAgreementIn(deps, tx, actor, { code: a.code }, header);
    summary.agreementsUpdated.push(a.code);
  }
  for (const [j, p] of a.provisions.entries()) {
    const where = s.at.provisions[j]!;
    const current = existing.provisions.find((c) => c.code === p.code);
    await asProblem(s, where, p.code, async () => {
      if (!current) {
        await addProvisionIn(deps, tx, actor, { code: a.code }, p, reason);
        summary.provisionsAdded.push(p.code);
        return;
      }
      const { changed } = await reviseProvisionIn(deps, tx, actor, { code: p.code }, p, reason);
      if (changed) summary.provisionsRevised.push(p.code);
      else summary.unchanged++;
    });
  }
}
