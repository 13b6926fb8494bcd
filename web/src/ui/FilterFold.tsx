/**
 * A list's filters: open on a desk, folded behind one line on a phone so that the list itself
 * is on the first screen. The line says how many filters are set.
 */
import { useSyncExternalStore, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

const PHONE = "(max-width: 40rem)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is phone-sized (the stylesheet's small-screen width). */
function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE).matches);
}

export function FilterFold({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  if (!phone) return <>{children}</>;
  return (
    <details className="filters-fold">
      <summary>
        {t("common.filters")}
        {active > 0 && <span className="badge">{t("common.filtersSet", { count: active })}</span>}
      </summary>
      {children}
    </details>
  );
}
