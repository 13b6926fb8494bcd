import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { Loading } from "../../ui/notices.js";
import type { PlaceHit } from "../../api/geo-types.js";
import { useLang } from "../../ui/use-lang.js";
import { FieldProblem, type FieldKit } from "./field-kit.js";
import { placeLabel, PlaceSearch } from "./PlaceSearch.js";

const LocationPicker = lazy(() => import("../../map/LocationPicker.js"));

const WHERE_PRECISIONS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** UCDP where_prec of a gazetteer place: as the server's wherePrecisionOf (place-search.ts). */
const precisionOf = (p: PlaceHit) => (p.approximate || p.kind === "city" ? "2" : "1");

/**
 * A place found by name, a click on the map, or coordinates typed (the keyboard way), and/or a
 * place name alone (the server then locates it in the gazetteer).
 */
export function WhereFields({ kit }: { kit: FieldKit }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, set, update } = kit;
  const pickPlace = (p: PlaceHit) =>
    update((f) => ({
      ...f,
      lat: String(Math.round(p.lat * 1e5) / 1e5),
      lon: String(Math.round(p.lon * 1e5) / 1e5),
      wherePrecision: precisionOf(p),
      placeName: f.placeName.trim() ? f.placeName : placeLabel(p, lang),
    }));
  const lat = Number(form.lat);
  const lon = Number(form.lon);
  const location =
    form.lat.trim() !== "" && form.lon.trim() !== "" && Number.isFinite(lat) && Number.isFinite(lon)
      ? { lat, lon }
      : null;
  return (
    <fieldset>
      <legend>{t("intake.section.where")}</legend>
      <PlaceSearch onPick={pickPlace} />
      <p className="hint" id="map-hint">
        {t("intake.mapHint")}
      </p>
      <MapBoundary
        fallback={<p className="notice notice-info">{t("map.unavailable")}</p>}
        loading={<Loading />}
      >
        <LocationPicker
          value={location}
          onPick={(p) => update((f) => ({ ...f, lat: String(p.lat), lon: String(p.lon) }))}
        />
      </MapBoundary>
      <div className="field-row">
        <div className="field">
          <label htmlFor="lat">{t("intake.lat")}</label>
          <input
            id="lat"
            inputMode="decimal"
            dir="ltr"
            value={form.lat}
            aria-invalid={kit.invalid("lat")}
            aria-describedby={kit.describedBy("lat", "map-hint")}
            onChange={(e) => set("lat", e.target.value)}
          />
          <FieldProblem kit={kit} field="lat" />
        </div>
        <div className="field">
          <label htmlFor="lon">{t("intake.lon")}</label>
          <input
            id="lon"
            inputMode="decimal"
            dir="ltr"
            value={form.lon}
            aria-invalid={kit.invalid("lat")}
            aria-describedby="map-hint"
            onChange={(e) => set("lon", e.target.value)}
          />
        </div>
        <div className="field field-button">
          <button
            type="button"
            className="button secondary"
            disabled={!form.lat && !form.lon}
            onClick={() => update((f) => ({ ...f, lat: "", lon: "", wherePrecision: "" }))}
          >
            {t("intake.clearLocation")}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="wherePrecision">{t("precision.label")}</label>
        <select
          id="wherePrecision"
          value={form.wherePrecision}
          aria-describedby="precision-hint"
          onChange={(e) => set("wherePrecision", e.target.value)}
        >
          <option value="">—</option>
          {WHERE_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`precision.${p}`)}
            </option>
          ))}
        </select>
        <p className="hint" id="precision-hint">
          {t("precision.hint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="placeName">{t("intake.placeName")}</label>
        <input
          id="placeName"
          dir="auto"
          value={form.placeName}
          aria-invalid={kit.invalid("placeName")}
          aria-describedby={kit.describedBy("placeName", "place-hint")}
          onChange={(e) => set("placeName", e.target.value)}
        />
        <p className="hint" id="place-hint">
          {t("intake.placeNameHint")}
        </p>
        <FieldProblem kit={kit} field="placeName" />
      </div>
    </fieldset>
  );
}
