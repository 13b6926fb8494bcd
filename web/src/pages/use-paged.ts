/** A list the server pages with a cursor: the first page on load, more on request. */
import { useCallback, useState } from "react";
import { get } from "../api/client.js";
import type { Page } from "../api/types.js";
import { useApi } from "../use-api.js";

export function usePagedList<T>(path: string, query: Record<string, string | undefined>) {
  const key = JSON.stringify(query);
  const first = useApi(
    (signal) => get<Page<T>>(path, { query: { ...query, limit: 50 }, signal }),
    [path, key],
  );
  const [more, setMore] = useState<{ key: string; items: T[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const extra = more?.key === key ? more : null;
  const items = first.state === "ok" ? [...first.data.items, ...(extra?.items ?? [])] : [];
  const cursor = extra ? extra.cursor : first.state === "ok" ? first.data.nextCursor : null;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await get<Page<T>>(path, { query: { ...query, limit: 50, cursor } });
      setMore((m) => ({
        key,
        items: [...(m?.key === key ? m.items : []), ...page.items],
        cursor: page.nextCursor,
      }));
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
    // `key` stands for `query`
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [cursor, path, key]);

  const reload = useCallback(() => {
    setMore(null);
    first.reload();
  }, [first]);

  return { first, items, hasMore: cursor !== null, loadMore, loadingMore, moreError, reload };
}
