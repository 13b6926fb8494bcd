/**
 * Every commitment the reader may read, page after page: for the pickers (a dependency, the
 * commitment an action item feeds), which must offer them all, not the first page.
 */
import { get } from "../../api/client.js";
import type { CommitmentItem } from "../../api/commitment-types.js";
import { useApi } from "../../use-api.js";

async function allCommitments(signal: AbortSignal): Promise<{ items: CommitmentItem[] }> {
  const items: CommitmentItem[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: CommitmentItem[]; nextCursor: string | null } = await get("/commitments", {
      query: { limit: 500, ...(cursor !== null && { cursor }) },
      signal,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { items };
}

export function useAllCommitments() {
  return useApi(["commitments", "all"], allCommitments);
}
