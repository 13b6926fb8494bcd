/**
 * The browser's cache of server reads (TanStack Query): one client for the app, with defaults for
 * a monitor on a bad connection, and every cached read marked stale once the server accepted a
 * change.
 */
import { QueryClient } from "@tanstack/react-query";
import { onMutated } from "./api/client.js";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The default ("online") pauses a read while navigator.onLine is false, and a paused
        // read shows neither data nor error: the pages' error notices and the offline copies
        // (my tasks, the parties' names) need the request to be tried and to fail.
        networkMode: "always",
        // A failed read shows its error with a "try again" button at once, as before the cache.
        retry: false,
        // A page opened again shows what it had and reads anew (stale at once); a monitor who
        // comes back to the tab is not surprised by a reload, but a returning link reads again.
        staleTime: 0,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
      },
      mutations: { networkMode: "always", retry: false },
    },
  });
}

/**
 * Every change the server accepts marks all cached reads stale; the ones on screen are read again
 * at once, the others when next shown. Simpler and safer than naming, per request, which reads it
 * touches: a change often shows in several (a task moved changes the incident, its history, my
 * tasks, the badge), and a missed one would show old data. The cost is a few reads of what is on
 * screen after each change.
 */
export function invalidateOnMutation(client: QueryClient): () => void {
  return onMutated(({ path }) => {
    if (!ENDS_THIS_SESSION.has(path)) void client.invalidateQueries(READ_AGAIN_AFTER_CHANGE);
  });
}

/**
 * A read marked `meta: { afterChange: "keep" }` is read again only when its owner asks: the
 * session, whose answer decides which page is shown, changes in steps the page leads (a second
 * factor confirmed, then its recovery codes shown, then the account read again).
 */
const READ_AGAIN_AFTER_CHANGE = {
  predicate: (q: { meta?: Record<string, unknown> }) => q.meta?.["afterChange"] !== "keep",
};

/**
 * Changes after which this browser is logged out: reading again would only be refused (401s in
 * the console); the session drops the cached reads instead.
 */
const ENDS_THIS_SESSION = new Set(["/auth/logout", "/admin/emergency/revoke-all-sessions"]);

export const queryClient = createQueryClient();
invalidateOnMutation(queryClient);
