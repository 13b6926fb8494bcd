/** Commitments for tests: an anchor D and the input of a commitment on TEST/1. */
import type { Actor } from "../src/domain/roles.js";
import type { CommitmentInput } from "../src/services/commitments.js";
import { setCommitmentAnchor } from "../src/services/commitment-reads.js";
import type { Deps } from "../src/services/deps.js";

/** D = 23 October 2020, the signature. */
export async function seedAnchorD(deps: Deps, chief: Actor, day = "2020-10-23"): Promise<void> {
  await setCommitmentAnchor(deps, chief, {
    code: "D",
    nameEn: "Signature of the agreement",
    nameAr: "توقيع الاتفاق",
    occurredOn: day,
  });
}

export function commitmentInput(overrides: Partial<CommitmentInput> = {}): CommitmentInput {
  return {
    provisionCode: "TEST/1",
    type: "withdrawal",
    titleEn: "Withdrawal of forces to their bases",
    titleAr: "انسحاب القوات إلى مقراتها",
    descriptionEn: "",
    descriptionAr: "",
    obligatedParties: ["GNA", "LNA"],
    beneficiaries: "",
    target: null,
    deadline: { anchor: "D", offsetDays: 90 },
    startBy: null,
    completeWithinDays: null,
    phases: [],
    dependsOn: [],
    responsibleBody: "5+5 JMC",
    public: false,
    source: null,
    ...overrides,
  };
}

/** The body of POST /commitments for the same commitment. */
export function commitmentJson(overrides: Record<string, unknown> = {}) {
  return { ...commitmentInput(), ...overrides };
}
