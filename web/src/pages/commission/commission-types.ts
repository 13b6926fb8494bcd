/** The joint commission's answers, as the API's generated types give them. */
import type { AnswerAt } from "../../api/answers.js";

export type Meeting = AnswerAt<`/commission/meetings/${string}`, "get">;
export type MeetingSummary = AnswerAt<"/commission/meetings", "get">["items"][number];
export type Decision = Meeting["decisions"][number];
export type Note = AnswerAt<`/commission/meetings/${string}/notes`, "get">["items"][number];
