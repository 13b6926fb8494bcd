/** How many tasks wait for the monitor's answer (open), for the navigation badge. */
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { get } from "../../api/client.js";
import { useLocation } from "../../router.js";

export function useOpenTaskCount(enabled: boolean): number | null {
  const { path } = useLocation();
  // After a task changed, the cache's invalidation reads the count again.
  const { data, refetch } = useQuery({
    queryKey: ["tasks", "mine", "open-count"],
    queryFn: ({ signal }) =>
      get("/me/tasks", { signal, query: { status: "open", limit: 1 } }).then((r) => r.counts.open),
    enabled,
  });
  // Asked again on every move between pages (joining a read already under way).
  useEffect(() => {
    if (enabled) void refetch({ cancelRefetch: false });
  }, [enabled, path, refetch]);
  // Offline or refused: the last count (a failed read keeps it) rather than a wrong one.
  return data ?? null;
}
