/** A list the server pages with a cursor: the first page on load, more on request. */
import { useCallback, useState } from "react";
import { get } from "../api/client.js";
import type { Page } from "../api/types.js";
import { useApi } from "../use-api.js";

/**
 * How a list names its cursor: most lists answer `nextCursor` and take `cursor`; the audit log
 * answers a sequence number to page from (`nextBefore`, taken as `before`).
 */
export interface Paging<P> {
  param: string;
  next: (page: P) => string | number | null;
}

const CURSOR: Paging<Page<unknown>> = { param: "cursor", next: (p) => p.nextCursor };

export function usePagedList<T, P extends { items: T[] } = Page<T>>(
  path: string,
  query: Record<string, string | undefined>,
  paging: Paging<P> = CURSOR as unknown as Paging<P>,
) {
  const key = JSON.stringify(query);
  const first = useApi(
    (signal) => get<P>(path, { query: { ...query, limit: 50 }, signal }),
    [path, key],
  );
  const [more, setMore] = useState<{
    key: string;
    items: T[];
    cursor: string | number | null;
  } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const extra = more?.key === key ? more : null;
  const items = first.state === "ok" ? [...first.data.items, ...(extra?.items ?? [])] : [];
  const cursor = extra ? extra.cursor : first.state === "ok" ? paging.next(first.data) : null;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await get<P>(path, { query: { ...query, limit: 50, [paging.param]: cursor } });
      setMore((m) => ({
        key,
        items: [...(m?.key === key ? m.items : []), ...page.items],
        cursor: paging.next(page),
      }));
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
    // `key` stands for `query`; a list's paging does not change
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [cursor, path, key]);

  const reload = useCallback(() => {
    setMore(null);
    first.reload();
  }, [first]);

  return { first, items, hasMore: cursor !== null, loadMore, loadingMore, moreError, reload };
}
