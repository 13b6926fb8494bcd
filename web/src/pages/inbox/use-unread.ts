/** How many of the user's notices are unread, for the bell in the header. */
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { get } from "../../api/client.js";
import { useLocation } from "../../router.js";

export function useUnreadCount(): number | null {
  const { path } = useLocation();
  const { data, refetch } = useQuery({
    queryKey: ["inbox", "unread-count"],
    queryFn: ({ signal }) => get("/inbox", { signal, query: { limit: 1 } }).then((r) => r.unread),
    // New notices arrive without the user doing anything: look again each minute.
    refetchInterval: 60_000,
  });
  // Asked again on every move between pages, as the task badge is.
  useEffect(() => {
    void refetch({ cancelRefetch: false });
  }, [path, refetch]);
  return data ?? null;
}
