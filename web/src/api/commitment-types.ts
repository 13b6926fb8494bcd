/** Commitments as the API presents them: read off the generated types (src/http/presenters/commitments.ts). */
import type { Answer } from "./answers.js";

export type CommitmentDetail = Answer<"/api/v1/commitments/{id}", "get">;
export type CommitmentItem = Answer<"/api/v1/commitments", "get">["items"][number];
export type Scoreboard = Answer<"/api/v1/commitments/scoreboard", "get">;
