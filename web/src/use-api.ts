/** Loading data for a page: loading, loaded or failed, with a way to try again. */
import { useCallback, useEffect, useRef, useState } from "react";

export type Loadable<T> =
  { state: "loading" } | { state: "ok"; data: T } | { state: "error"; error: unknown };

export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Loadable<T> & { reload: () => void; set: (data: T) => void } {
  const [value, setValue] = useState<Loadable<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ctrl = new AbortController();
    setValue({ state: "loading" });
    loadRef.current(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setValue({ state: "ok", data }),
      (error: unknown) => !ctrl.signal.aborted && setValue({ state: "error", error }),
    );
    return () => ctrl.abort();
    // the caller lists in `deps` what the load reads
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setValue({ state: "ok", data }), []);
  return { ...value, reload, set };
}
