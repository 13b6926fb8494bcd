/**
 * A mission profile's commitments (missions/<name>/commitments.json), set up by `cfm mission
 * init` after its agreements: the anchor events ("D", the signature) and the commitments, in
 * order, each naming the ones it waits for by their key in the file. Nothing half-applied: the
 * set-up's transaction holds it all.
 */
import type { DayRef, Phase, CommitmentType } from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { setCommitmentAnchor } from "./commitment-reads.js";
import { createCommitment, type CommitmentInput } from "./commitments.js";
import type { Deps } from "./deps.js";

interface CommitmentsFile {
  anchors?: { code: string; nameEn?: string; nameAr?: string; occurredOn: string | null }[];
  commitments?: (Partial<Omit<CommitmentInput, "dependsOn" | "phases">> & {
    key: string;
    provisionCode: string;
    type: CommitmentType;
    obligatedParties: string[];
    deadline?: DayRef | null;
    phases?: Omit<Phase, "status">[];
    dependsOn?: string[];
  })[];
}

export async function importProfileCommitments(
  deps: Deps,
  actor: Actor,
  file: { fileName: string; text: string },
): Promise<{ anchors: number; commitments: number }> {
  let data: CommitmentsFile;
  try {
    data = JSON.parse(file.text) as CommitmentsFile;
  } catch (err) {
    throw new DomainError(
      "invalid_mission_profile",
      `${file.fileName}: not JSON (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const anchors = data.anchors ?? [];
  for (const a of anchors) {
    await setCommitmentAnchor(deps, actor, {
      code: a.code,
      nameEn: a.nameEn ?? "",
      nameAr: a.nameAr ?? "",
      occurredOn: a.occurredOn,
    });
  }
  const ids = new Map<string, string>();
  for (const [i, c] of (data.commitments ?? []).entries()) {
    const dependsOn = (c.dependsOn ?? []).map((key) => {
      const id = ids.get(key);
      if (!id) {
        throw new DomainError(
          "invalid_mission_profile",
          `${file.fileName}: commitment ${i + 1} ("${c.key}") waits for "${key}", which no earlier commitment is.`,
        );
      }
      return id;
    });
    try {
      const { commitment } = await createCommitment(deps, actor, {
        provisionCode: c.provisionCode,
        type: c.type,
        titleEn: c.titleEn ?? "",
        titleAr: c.titleAr ?? "",
        descriptionEn: c.descriptionEn ?? "",
        descriptionAr: c.descriptionAr ?? "",
        obligatedParties: c.obligatedParties,
        beneficiaries: c.beneficiaries ?? "",
        target: c.target ?? null,
        deadline: c.deadline ?? null,
        startBy: c.startBy ?? null,
        completeWithinDays: c.completeWithinDays ?? null,
        phases: c.phases ?? [],
        dependsOn,
        responsibleBody: c.responsibleBody ?? "",
        public: c.public ?? false,
        source: { kind: "mission_profile", id: `${file.fileName}#${c.key}` },
      });
      ids.set(c.key, commitment.id);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      throw new DomainError(
        "invalid_mission_profile",
        `${file.fileName}: commitment ${i + 1} ("${c.key}"): ${err.message}`,
        { cause: err.code },
      );
    }
  }
  return { anchors: anchors.length, commitments: ids.size };
}
