/** The enforcement ladder as the API presents it (src/http/presenters/enforcement.ts). */
import type { Answer } from "./answers.js";

export type Notice = Answer<"/api/v1/incidents/{id}/enforcement", "get">["items"][number];
export type NoticeStep = Notice["steps"][number];
