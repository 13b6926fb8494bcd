/** A list the server pages with a cursor: the first page on load, more on request. */
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { get } from "../api/client.js";
import type { AnswerAt } from "../api/answers.js";
import { loadableOf } from "../use-api.js";

/**
 * How a list names its cursor: most lists answer `nextCursor` and take `cursor`; the audit log
 * answers a sequence number to page from (`nextBefore`, taken as `before`).
 */
export interface Paging<P> {
  param: string;
  next: (page: P) => string | number | null;
}

const CURSOR: Paging<{ nextCursor: string | null }> = {
  param: "cursor",
  next: (p) => p.nextCursor,
};

/**
 * The cache key of a paged list: the resource (`/incidents` → "incidents"), "pages" (the pages
 * loaded so far, unlike a single read of the same path), and the filters.
 */
function pagedListKey(path: string, query: Record<string, string | undefined>) {
  return [path.replace(/^\//, ""), "pages", query] as const;
}

/** The lists the server pages, each with the page it answers. */
type PagedLists = {
  [
    Path in
      "/incidents" | "/reports" | "/releases" | "/audit" | "/public/checkpoints" | "/commitments"
  ]: AnswerAt<Path, "get">;
};

export function usePagedList<Path extends keyof PagedLists>(
  path: Path,
  query: Record<string, string | undefined>,
  paging: Paging<PagedLists[Path]> = CURSOR as unknown as Paging<PagedLists[Path]>,
  pageSize = 50,
) {
  type P = PagedLists[Path];
  const client = useQueryClient();
  const key = pagedListKey(path, query);
  const list = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) =>
      // the answer to one of the lists, as TypeScript cannot narrow a generic path's answer
      get(path as keyof PagedLists, {
        query: {
          ...query,
          limit: pageSize,
          ...(pageParam !== null && { [paging.param]: pageParam }),
        },
        signal,
      }) as Promise<P>,
    initialPageParam: null as string | number | null,
    getNextPageParam: (page) => paging.next(page),
  });
  const { hasNextPage, fetchNextPage } = list;
  const first = loadableOf<P>({ ...list, data: list.data?.pages[0] });
  const items = (
    first.state === "ok" ? (list.data?.pages.flatMap((p) => p.items as unknown[]) ?? []) : []
  ) as P["items"];

  const loadMore = useCallback(async () => {
    if (hasNextPage) await fetchNextPage();
  }, [hasNextPage, fetchNextPage]);

  // Back to the first page alone, shown as loading, as when the list was first opened.
  const keyRef = useRef(key);
  keyRef.current = key;
  const reload = useCallback(
    () => void client.resetQueries({ queryKey: keyRef.current, exact: true }),
    [client],
  );

  return {
    first,
    items,
    hasMore: first.state === "ok" && hasNextPage,
    loadMore,
    loadingMore: list.isFetchingNextPage,
    moreError: list.isFetchNextPageError && !list.isFetchingNextPage ? list.error : null,
    reload,
  };
}
