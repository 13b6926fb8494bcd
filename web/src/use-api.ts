/**
 * Loading data for a page: loading, loaded or failed, with a way to try again. The answer is kept
 * in the app's query cache under `key` (first the resource's name, then what the read depends on),
 * so a page opened again shows it at once while it is read anew.
 */
import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useRef } from "react";

export type Loadable<T> =
  { state: "loading" } | { state: "ok"; data: T } | { state: "error"; error: unknown };

/** The page's view of a read: data if any (kept while read again), else its error or loading. */
export function loadableOf<T>(q: {
  data: T | undefined;
  error: unknown;
  status: "pending" | "error" | "success";
  isFetching: boolean;
}): Loadable<T> {
  // Data stays on screen when a read in the background fails (a bad link after a change).
  if (q.status !== "pending" && q.data !== undefined) return { state: "ok", data: q.data };
  // Trying again after an error shows "loading", as the first try does.
  if (q.status === "error" && !q.isFetching) return { state: "error", error: q.error };
  return { state: "loading" };
}

export function useApi<T>(
  key: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
): Loadable<T> & { reload: () => void; set: (data: T) => void } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => load(signal) });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyRef = useRef(key);
  keyRef.current = key;
  const set = useCallback((data: T) => client.setQueryData<T>(keyRef.current, data), [client]);
  return { ...loadableOf<T>(query), reload, set };
}

/**
 * After a change: resolves once the read under `key` is fresh. Every change the server accepts
 * already marks all reads stale and reads again those on screen (query-client.ts); this waits
 * for that read (not a second one), so a page can say "saved" over what the server now holds.
 */
export function useReadAgain(): (key: QueryKey) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (key: QueryKey) => client.invalidateQueries({ queryKey: key }, { cancelRefetch: false }),
    [client],
  );
}
