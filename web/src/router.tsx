/**
 * The app's words for moving between pages, over React Router (data mode; the routes are declared
 * in shell/routes.tsx). `navigate` works from any code, a map's click handler included, because it
 * goes to the router itself rather than through a hook. The server answers every non-API path with
 * index.html (src/http/web.ts), so every address can be opened or refreshed directly.
 */
import { useMemo } from "react";
import {
  createBrowserRouter,
  useLocation as useRouterLocation,
  type RouteObject,
} from "react-router";

export { Link } from "react-router";

type Router = ReturnType<typeof createBrowserRouter>;

let router: Router | null = null;
let moves = 0;

/** Starts the app's one router on `routes`; `navigate` and `navigationCount` then follow it. */
export function createRouter(routes: RouteObject[]): Router {
  const created = createBrowserRouter(routes);
  let shown = created.state.location.key;
  created.subscribe(({ location }) => {
    if (location.key === shown) return;
    shown = location.key;
    moves++;
  });
  router = created;
  return created;
}

/** How many times the user moved inside the app since it loaded. */
export function navigationCount(): number {
  return moves;
}

export interface Location {
  path: string;
  query: URLSearchParams;
  /** path + search, as navigated to */
  href: string;
}

export function useLocation(): Location {
  const { pathname, search } = useRouterLocation();
  return useMemo(
    () => ({ path: pathname, query: new URLSearchParams(search), href: pathname + search }),
    [pathname, search],
  );
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (!router) throw new Error("navigate before the router started");
  const { pathname, search } = router.state.location;
  // Already there: no new history entry (a second click on the same link).
  if (to === pathname + search) return;
  void router.navigate(to, { replace: opts.replace });
}

/** Builds "/reports?status=received" from a path and the non-empty values of a record. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
