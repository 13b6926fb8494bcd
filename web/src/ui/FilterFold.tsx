/**
 * A list's filters: open on a desk, folded behind one line on a phone so that the list itself
 * is on the first screen. The line says how many filters are set.
 */
import { useSyncExternalStore, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { dayEndIso, dayStartIso } from "../time/mission-time.js";
import { DayField } from "./DateFields.js";
import { missionTimeZone } from "../mission/mission-zone.js";

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

/** A "from day – to day" pair of a list's filters, typed in the app's language. */
export function DayRangeFields(props: {
  from: string | undefined;
  to: string | undefined;
  fromLabel: string;
  toLabel: string;
  onChange: (k: "from" | "to", day: string | undefined) => void;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor="f-from">{props.fromLabel}</label>
        <DayField
          id="f-from"
          value={props.from ?? ""}
          onChange={(day) => props.onChange("from", day || undefined)}
        />
      </div>
      <div className="field">
        <label htmlFor="f-to">{props.toLabel}</label>
        <DayField
          id="f-to"
          value={props.to ?? ""}
          onChange={(day) => props.onChange("to", day || undefined)}
        />
      </div>
    </>
  );
}

/** A filter form's buttons: apply (the form's submit) and reset. */
export function FilterActions({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="filter-actions">
      <button type="submit" className="button primary">
        {t("common.apply")}
      </button>
      <button type="button" className="button secondary" onClick={onReset}>
        {t("common.reset")}
      </button>
    </div>
  );
}

/** The filters' days in mission time as the instants the API takes (start of from, end of to). */
export function dayRangeQuery(f: { from?: string; to?: string }) {
  return {
    from: f.from ? (dayStartIso(f.from, missionTimeZone()) ?? undefined) : undefined,
    to: f.to ? (dayEndIso(f.to, missionTimeZone()) ?? undefined) : undefined,
  };
}
