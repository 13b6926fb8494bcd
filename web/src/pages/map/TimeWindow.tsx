/**
 * The map's time window: quick choices (the day, 7 days, 30 days, all) ending on a day, or a
 * start and end day typed; a sentence saying which events are shown and, when the window ends on
 * the latest day with data rather than today, that it does so.
 */
import { DayField } from "../../ui/DateFields.js";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";
import {
  QUICK_SPANS,
  windowDays,
  withFrom,
  withSpan,
  withTo,
  type MapTime,
} from "./time-window.js";
import type { MapTimeState } from "./use-map-time.js";

export function TimeWindow({
  state,
}: {
  state: MapTimeState & { time: MapTime & { to: string } };
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { time, latestDay, firstDay, extentKnown, setTime } = state;
  const { from, to } = windowDays(time);
  const day = (d: string) => formatDay(d, lang);
  return (
    <section className="time-window" aria-labelledby="time-title">
      <h2 id="time-title" className="side-title">
        {t("mapTime.title")}
      </h2>
      <fieldset className="radio-group inline time-spans">
        <legend>{t("mapTime.span")}</legend>
        {QUICK_SPANS.map(([span]) => (
          <label key={span}>
            <input
              type="radio"
              name="time-span"
              value={span}
              checked={time.span === span}
              onChange={() => setTime(withSpan(time, span))}
            />
            {t(`mapTime.spans.${span}`)}
          </label>
        ))}
      </fieldset>
      <div className="time-days">
        <div className="field">
          <label htmlFor="time-from">{t("mapTime.from")}</label>
          <DayField
            id="time-from"
            value={from ?? ""}
            min={firstDay ?? undefined}
            max={to}
            onChange={(day, ok) => ok && day && setTime(withFrom(time, day))}
          />
        </div>
        <div className="field">
          <label htmlFor="time-to">{t("mapTime.to")}</label>
          <DayField
            id="time-to"
            value={to}
            min={firstDay ?? undefined}
            onChange={(day, ok) => ok && day && setTime(withTo(time, day))}
          />
        </div>
      </div>
      <p className="hint" data-testid="time-summary" aria-live="polite">
        {from === null
          ? t("mapTime.showingAll")
          : from === to
            ? t("mapTime.showingDay", { day: day(to) })
            : t("mapTime.showing", { from: day(from), to: day(to) })}{" "}
        {!extentKnown
          ? null
          : latestDay === null
            ? t("mapTime.noData")
            : to === latestDay && t("mapTime.endsAtLatest", { day: day(latestDay) })}
      </p>
      {latestDay && to !== latestDay && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => setTime(withTo(time, latestDay))}
        >
          {t("mapTime.latest")}
        </button>
      )}
    </section>
  );
}
