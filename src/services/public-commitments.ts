/**
 * The commitments as the public may read them (decision 0015, "The public scoreboard"): only
 * those marked public, and the register as it stood when the mission's release rules let the
 * public have it — `publicDelayHours` ago when the parties come first (publicViewAsOf). A
 * commitment not public then, or entered since, is in no list and no count; a status changed
 * within the delay is shown as it was before the change.
 */
import type { CommitmentStatus, CommitmentType } from "../domain/commitments.js";
import { publicViewAsOf } from "../domain/mission.js";
import {
  clauseWordings,
  publicCommitmentRows,
  publicScoreboard,
} from "../store/commitments-repo.js";
import { decodeDueCursor, encodeDueCursor, pageWithCursor, type Page } from "./cursor.js";
import type { Deps } from "./deps.js";
import { missionReleaseRules } from "./mission.js";

export interface PublicCommitment {
  reference: string;
  title: { en: string; ar: string };
  type: CommitmentType;
  provisionCode: string;
  obligatedParties: string[];
  status: CommitmentStatus;
  deadlineAt: Date | null;
  disputed: boolean;
}

/** The instant the public's view stands at now, under the mission's release rules. */
export async function publicAsOf(deps: Deps): Promise<Date> {
  return publicViewAsOf(await missionReleaseRules(deps), deps.clock());
}

/**
 * The public scoreboard: per party and per clause what is due, met, late and disputed, counted
 * as the register stood at `asOf` (now under the release rules, unless given); with each
 * clause's agreement and present wording.
 */
export async function publicCommitmentScoreboard(deps: Deps, asOf?: Date) {
  const at = asOf ?? (await publicAsOf(deps));
  const board = await publicScoreboard(deps.db, at);
  const clauses = await clauseWordings(
    deps.db,
    board.byClause.map((r) => r.key),
  );
  return {
    asOf: at,
    ...board,
    clauses: clauses.map((c) => ({
      code: c.code,
      agreement: { en: c.agreement_en, ar: c.agreement_ar },
      text: { en: c.text_en, ar: c.text_ar },
    })),
  };
}

/** One page of the public commitments as they stood at `asOf`, soonest due first. */
export async function listPublicCommitments(
  deps: Deps,
  f: { cursor?: string; limit: number; asOf?: Date },
): Promise<Page<PublicCommitment> & { asOf: Date }> {
  const at = f.asOf ?? (await publicAsOf(deps));
  const after = f.cursor ? decodeDueCursor(f.cursor) : undefined;
  const rows = await publicCommitmentRows(deps.db, at, {
    after: after && { deadlineAt: after.at, reference: after.key },
    limit: f.limit + 1,
  });
  const page = await pageWithCursor(
    rows,
    f.limit,
    (shown) =>
      shown.map((r) => ({
        reference: r.reference,
        title: { en: r.title_en, ar: r.title_ar },
        type: r.type as CommitmentType,
        provisionCode: r.provision_code,
        obligatedParties: r.obligated_parties,
        status: r.status as CommitmentStatus,
        deadlineAt: r.deadline_at,
        disputed: r.disputed,
      })),
    (last) => encodeDueCursor({ at: last.deadlineAt, key: last.reference }),
  );
  return { ...page, asOf: at };
}
