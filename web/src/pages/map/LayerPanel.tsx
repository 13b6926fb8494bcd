/**
 * The map's layer panel: the day the lines are shown as on (time travel; by default the end of
 * the map's time window), and the layers valid that day with their status and whether they are
 * only illustrative demo layers. Which kinds are drawn is switched on the map (LayerSwitch).
 */
import { useTranslation } from "react-i18next";
import type { GeoLayer } from "../../api/geo-types.js";
import { NO_PARTY_COLOUR } from "../../map/colours.js";
import { groupOf, OVERLAY_GROUPS, type OverlayGroup } from "../../map/overlays.js";
import { formatDay } from "../../i18n/format.js";
import { partyName, useParties } from "../../parties.js";
import { DayField } from "../../ui/DateFields.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { todayInMission, type useLayers } from "./use-layers.js";

interface Props {
  state: ReturnType<typeof useLayers>;
  shown: ReadonlySet<OverlayGroup>;
  /** True when the day is the end of the time window (it moves with it). */
  follows: boolean;
  /** A day chosen apart from the window, or null to follow the window again. */
  setDay: (day: string | null) => void;
}

export function LayerPanel({ state, shown, follows, setDay }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { day, latestDay, firstDay, valid, layers } = state;
  const today = todayInMission();
  const ordered = [...layers].sort(
    (a, b) => OVERLAY_GROUPS.indexOf(groupOf(a.kind)) - OVERLAY_GROUPS.indexOf(groupOf(b.kind)),
  );

  return (
    <section className="layer-panel" aria-labelledby="layers-title">
      <h2 id="layers-title" className="side-title">
        {t("layers.title")}
      </h2>
      {state.allError && (
        <ErrorNotice error={state.allError.error} onRetry={state.allError.reload} />
      )}
      <div className="field">
        <label htmlFor="layers-at">{t("layers.at")}</label>
        <DayField
          id="layers-at"
          value={day ?? ""}
          min={firstDay ?? undefined}
          max={today}
          describedBy="layers-at-hint"
          onChange={(v, ok) => ok && v && setDay(v)}
        />
        <p className="hint" id="layers-at-hint">
          <span data-testid="layers-at-follows">
            {follows
              ? t("layers.followsWindow")
              : day && t("layers.apart", { day: formatDay(day, lang) })}
          </span>{" "}
          {t("layers.atHint")}
        </p>
        <div className="layer-day-buttons">
          {!follows && (
            <button type="button" className="button secondary small" onClick={() => setDay(null)}>
              {t("layers.follow")}
            </button>
          )}
          <button
            type="button"
            className="button secondary small"
            disabled={day === today}
            onClick={() => setDay(today)}
          >
            {t("layers.today")}
          </button>
          {latestDay && latestDay !== today && (
            <button
              type="button"
              className="button secondary small"
              disabled={day === latestDay}
              onClick={() => setDay(latestDay)}
            >
              {t("layers.latest")}
            </button>
          )}
        </div>
      </div>
      <p className="hint">{t("layers.styleKey")}</p>
      <div aria-live="polite">
        {valid.state === "loading" && <Loading />}
        {valid.state === "error" && <ErrorNotice error={valid.error} onRetry={valid.reload} />}
        {valid.state === "ok" && layers.length === 0 && (
          <p className="muted">{t("layers.noneValid")}</p>
        )}
      </div>
      <ul className="layer-list" aria-label={day ? t("layers.validOn", { day }) : undefined}>
        {ordered.map((l) =>
          l.versions.map((v) => (
            <LayerItem key={v.id} layer={l} version={v} hidden={!shown.has(groupOf(l.kind))} />
          )),
        )}
      </ul>
    </section>
  );
}

function LayerItem({
  layer,
  version: v,
  hidden,
}: {
  layer: GeoLayer;
  version: GeoLayer["versions"][number];
  hidden: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const group = groupOf(layer.kind);
  const party = v.status === "claimed" ? v.claimedBy : layer.party;
  const tinted = group === "area_of_control" || v.status === "claimed";
  const colour = parties.find((p) => p.code === party)?.colour ?? NO_PARTY_COLOUR;
  return (
    <li className={hidden ? "layer-hidden" : undefined}>
      <span
        className={`layer-key layer-key-${group} layer-status-${v.status}`}
        style={tinted ? { color: colour } : undefined}
        aria-hidden="true"
      />
      <span className="layer-name">
        <bdi>{lang === "ar" && layer.nameAr ? layer.nameAr : layer.name}</bdi>
        <span className="muted">
          {" · "}
          {t(`layers.status.${v.status}`, {
            party: v.claimedBy ? partyName(parties, v.claimedBy, lang) : "",
          })}
        </span>
        {v.disputed && (
          <span className="layer-disputed-note">
            <span className="layer-key layer-key-disputed" aria-hidden="true" />
            {t("layers.disputed")}
          </span>
        )}
        {layer.isDemo && (
          <span className="badge badge-demo" title={t("layers.illustrativeHint")}>
            {t("layers.illustrative")}
          </span>
        )}
        {v.source && (
          <span className="layer-source muted">
            <bdi>{t("layers.source", { source: v.source })}</bdi>
          </span>
        )}
      </span>
    </li>
  );
}
