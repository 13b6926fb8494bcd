/**
 * Releases, drafts in the right of reply and replies, as the API answers them
 * (src/http/presenters/releases.ts): read off the generated types.
 */
import type { Answer } from "./answers.js";

/** One release: the frozen content every recipient reads, and its SHA-256. */
export type Release = Answer<"/api/v1/releases/{id}", "get">;

/** The frozen snapshot of a release, as the API passes it on (it keeps fields it does not name). */
export type ReleaseContent = Release["content"];

export type Reply = Answer<"/api/v1/incidents/{id}/replies", "post">;

/** GET /incidents/{id}/draft */
export type ReplyDraft = Answer<"/api/v1/incidents/{id}/draft", "get">;
