/** The joint commission's answers, as the API's generated types give them. */
import type { AnswerAt } from "../../api/answers.js";

export type Meeting = AnswerAt<`/commission/meetings/${string}`, "get">;
export type Decision = Meeting["decisions"][number];
export type ActionItem = Meeting["actionItems"][number];
