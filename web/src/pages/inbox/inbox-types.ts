/** The inbox's answers, as the API describes them. */
import type { Answer } from "../../api/answers.js";

type InboxPage = Answer<"/api/v1/inbox", "get">;
export type InboxEntry = InboxPage["items"][number];
