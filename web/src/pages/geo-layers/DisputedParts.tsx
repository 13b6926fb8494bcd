/**
 * The analyst (or the chief) marks which parts of a proposed line of contact the parties dispute
 * (decision 0019): the line's parts are read from the version's GeoJSON export, ticked, shown on
 * a map (disputed in red dashes, as the map page draws them) and saved with
 * PUT /geo/layers/{id}/versions/{v}/disputed. Drawing a new stretch is not done here: a line
 * uploaded as several features has those parts to choose from.
 */
import { lazy, useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, put } from "../../api/client.js";
import type { GeoLayer, GeoLayerVersion } from "../../api/geo-types.js";
import { overlayColour } from "../../map/overlays.js";
import { useParties } from "../../parties.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useSend } from "../../ui/use-send.js";
import { useApi } from "../../use-api.js";
import { disputedOfParts, disputedPartIndexes } from "../../../../src/domain/geo/disputed-parts.js";
import type { LinealGeometry } from "../../../../src/domain/geo/geojson.js";
import { distanceKm } from "../../../../src/domain/geo/sphere.js";

const GeometryPreview = lazy(() => import("../../map/GeometryPreview.js"));

type Part = number[][];

/** The line's parts, in order, from its export (one feature per part, or one for the line). */
function partsOf(file: GeoJSON.GeoJSON): Part[] {
  const features = file.type === "FeatureCollection" ? file.features : [];
  return features.flatMap((f) =>
    f.geometry?.type === "LineString"
      ? [f.geometry.coordinates]
      : f.geometry?.type === "MultiLineString"
        ? f.geometry.coordinates
        : [],
  );
}

function lengthKm(part: Part): number {
  let km = 0;
  for (let i = 1; i < part.length; i++) {
    const [a, b] = [part[i - 1]!, part[i]!];
    km += distanceKm(a[0]!, a[1]!, b[0]!, b[1]!);
  }
  return km;
}

export function DisputedParts({
  layer,
  version: v,
  onCancel,
  onSaved,
}: {
  layer: GeoLayer;
  version: GeoLayerVersion;
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const file = useApi(["geo-layer-parts", v.id, JSON.stringify(v.disputed)], (signal) =>
    get(v.geojson.replace(/^\/api\/v1/, "") as `/geo/layers/${string}/versions/${string}`, {
      signal,
    }).then((body) => partsOf(body as unknown as GeoJSON.GeoJSON)),
  );
  return (
    <section
      className="panel disputed-parts"
      aria-labelledby="disputed-parts-title"
      data-testid="disputed-parts"
    >
      <h2 id="disputed-parts-title" className="panel-title">
        {t("geoLayers.disputedParts.title", { version: v.version })}
      </h2>
      <p className="hint">{t("geoLayers.disputedParts.intro")}</p>
      {file.state === "loading" && <Loading />}
      {file.state === "error" && <ErrorNotice error={file.error} onRetry={file.reload} />}
      {file.state === "ok" && (
        <PartsForm
          layer={layer}
          version={v}
          parts={file.data}
          onCancel={onCancel}
          onSaved={onSaved}
        />
      )}
    </section>
  );
}

function PartsForm({
  layer,
  version: v,
  parts,
  onCancel,
  onSaved,
}: {
  layer: GeoLayer;
  version: GeoLayerVersion;
  parts: Part[];
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const parties = useParties();
  const line = useMemo<LinealGeometry>(
    () => ({ type: "MultiLineString", coordinates: parts }),
    [parts],
  );
  const marked = disputedPartIndexes(line, v.disputed as LinealGeometry | null);
  const [chosen, setChosen] = useState<number[]>(marked ?? []);
  const { error, busy, send } = useSend();
  const colour = overlayColour(layer, v, parties);
  const key = chosen.join(",");
  const shape = useMemo(
    () => ({
      geometry: line as GeoJSON.Geometry,
      kind: layer.kind,
      status: v.status,
      colour,
      disputed: disputedOfParts(line, key ? key.split(",").map(Number) : []) as GeoJSON.Geometry,
    }),
    [line, layer.kind, v.status, colour, key],
  );
  const km = new Intl.NumberFormat(lang === "ar" ? "ar-EG" : "en-GB", {
    maximumFractionDigits: 1,
  });
  const digits = new Intl.NumberFormat(lang === "ar" ? "ar-EG" : "en-GB");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () => put(`/geo/layers/${layer.id}/versions/${v.version}/disputed`, { parts: chosen }),
      () => onSaved(t("geoLayers.disputedParts.saved", { version: v.version })),
    );
  };

  return (
    <form className="form-stack" onSubmit={submit}>
      {parts.length === 1 && <p className="hint">{t("geoLayers.disputedParts.onePart")}</p>}
      {marked === null && (
        <p className="notice notice-warning">{t("geoLayers.disputedParts.drawnApart")}</p>
      )}
      <div className="disputed-parts-body">
        <fieldset className="check-group">
          <legend>{t("geoLayers.disputedParts.parts")}</legend>
          {parts.map((part, i) => (
            <label key={i} htmlFor={`${id}-${i}`}>
              <input
                id={`${id}-${i}`}
                type="checkbox"
                name="disputed-part"
                value={i}
                checked={chosen.includes(i)}
                onChange={(e) =>
                  setChosen((c) =>
                    e.target.checked ? [...c, i].sort((a, b) => a - b) : c.filter((x) => x !== i),
                  )
                }
              />
              {t("geoLayers.disputedParts.part", {
                n: digits.format(i + 1),
                km: km.format(lengthKm(part)),
              })}
            </label>
          ))}
        </fieldset>
        <div className="disputed-parts-map">
          <MapBoundary
            fallback={<p className="notice notice-info">{t("geoLayers.previewUnavailable")}</p>}
            loading={<Loading />}
          >
            <GeometryPreview shape={shape} />
          </MapBoundary>
          <ul className="plain-list layer-legend" aria-label={t("geoLayers.disputedParts.parts")}>
            <li className="layer-disputed-note">
              <span
                className="layer-key layer-status-proposed"
                style={{ color: colour }}
                aria-hidden="true"
              />
              {t("geoLayers.disputedParts.legendLine")}
            </li>
            <li className="layer-disputed-note">
              <span className="layer-key layer-key-disputed" aria-hidden="true" />
              {t("geoLayers.disputedParts.legendDisputed")}
            </li>
          </ul>
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? t("geoLayers.disputedParts.saving") : t("geoLayers.disputedParts.save")}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t("geoLayers.cancel")}
        </button>
      </div>
    </form>
  );
}
