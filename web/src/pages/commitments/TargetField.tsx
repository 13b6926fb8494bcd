/**
 * A commitment's target: none, a quantity with its unit (300 detainees), or a line or an area on
 * the ground (a road segment, a zone) taken from a version of an existing geo layer, pasted as
 * GeoJSON or read from a GeoJSON file; a line or area read is drawn on a small map.
 */
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { get, getFile } from "../../api/client.js";
import { useApi } from "../../use-api.js";
import { useLang } from "../../ui/use-lang.js";
import { ErrorNotice } from "../../ui/notices.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { geometryOf, targetShape, type CommitmentForm, type Problem } from "./commitment-form.js";
import { ProblemText } from "./commitment-form-parts.js";

const GeometryPreview = lazy(() => import("../../map/GeometryPreview.js"));

type TargetValue = Pick<CommitmentForm, "targetKind" | "quantity" | "unit" | "geometry">;

export function TargetField({
  value,
  onChange,
  problem,
}: {
  value: TargetValue;
  onChange: (v: Partial<TargetValue>) => void;
  problem: Problem | undefined;
}) {
  const { t } = useTranslation();
  const problemId = "target-problem";
  const described = problem ? problemId : undefined;
  const read = useMemo(
    () => (value.geometry.trim() ? geometryOf(value.geometry) : null),
    [value.geometry],
  );
  const geometry = read && "coordinates" in read ? read : null;
  const preview = useMemo(() => (geometry ? previewShape(geometry) : null), [geometry]);
  const kinds = ["none", "quantity", "geometry"] as const;
  return (
    <fieldset className="field target-field" aria-describedby={described}>
      <legend>{t("commitments.target")}</legend>
      <div className="choice-row">
        {kinds.map((k) => (
          <label key={k} className="checkbox">
            <input
              type="radio"
              name="target-kind"
              value={k}
              checked={value.targetKind === k}
              onChange={() => onChange({ targetKind: k })}
            />{" "}
            {t(`commitments.form.target.${k}`)}
          </label>
        ))}
      </div>
      {value.targetKind === "quantity" && (
        <div className="field-row">
          <div className="field">
            <label htmlFor="c-quantity">{t("commitments.form.quantity")}</label>
            <input
              id="c-quantity"
              inputMode="decimal"
              dir="ltr"
              className="input-short"
              value={value.quantity}
              aria-invalid={problem ? true : undefined}
              aria-describedby={described}
              onChange={(e) => onChange({ quantity: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="c-unit">{t("commitments.form.unit")}</label>
            <input
              id="c-unit"
              dir="auto"
              value={value.unit}
              placeholder={t("commitments.form.unitExample")}
              onChange={(e) => onChange({ unit: e.target.value })}
            />
          </div>
        </div>
      )}
      {value.targetKind === "geometry" && (
        <>
          <LayerPick onPicked={(g) => onChange({ geometry: JSON.stringify(g) })} />
          <div className="field">
            <label htmlFor="c-geometry">{t("commitments.form.geometryText")}</label>
            <p className="hint" id="c-geometry-hint">
              {t("commitments.form.geometryHint")}
            </p>
            <textarea
              id="c-geometry"
              rows={4}
              dir="ltr"
              spellCheck={false}
              className="code-input"
              value={value.geometry}
              aria-invalid={problem ? true : undefined}
              aria-describedby={["c-geometry-hint", described].filter(Boolean).join(" ")}
              onChange={(e) => onChange({ geometry: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="c-geometry-file">{t("commitments.form.geometryFile")}</label>
            <FilePicker
              id="c-geometry-file"
              accept=".geojson,.json,application/geo+json,application/json"
              onFiles={(files) => {
                const file = files[0];
                if (file) void file.text().then((text) => onChange({ geometry: text }));
              }}
            />
          </div>
          {geometry && preview && (
            <>
              <p className="muted" data-testid="target-read">
                {t(`commitments.form.geometryRead.${targetShape(geometry)}`)}
              </p>
              <Suspense fallback={null}>
                <GeometryPreview shape={preview} />
              </Suspense>
            </>
          )}
        </>
      )}
      <ProblemText id={problemId} problem={problem} />
    </fieldset>
  );
}

/** How the preview draws a target: a line as a road, an area as a zone. */
export function previewShape(geometry: GeoJSON.Geometry) {
  return {
    geometry,
    kind: targetShape(geometry) === "line" ? ("road" as const) : ("disengagement_area" as const),
    status: "working" as const,
    colour: "#6B7280",
  };
}

/** A version of an existing geo layer, read as GeoJSON, becomes the target. */
function LayerPick({ onPicked }: { onPicked: (g: GeoJSON.Geometry) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const layers = useApi(["geo-layers", "all"], (signal) =>
    get("/geo/layers", { signal }).then((r) => r.items),
  );
  const [layerId, setLayerId] = useState("");
  const [version, setVersion] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = layers.state === "ok" ? layers.data.filter((l) => l.versions.length > 0) : [];
  const layer = list.find((l) => l.id === layerId);
  const use = async () => {
    const v = layer?.versions.find((x) => String(x.version) === version);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const { blob } = await getFile(`/geo/layers/${layerId}/versions/${v.version}.geojson`);
      const g = geometryOf(await blob.text());
      if ("coordinates" in g) onPicked(g);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="field-row layer-pick">
      <div className="field">
        <label htmlFor="c-layer">{t("commitments.form.layer")}</label>
        <select
          id="c-layer"
          value={layerId}
          onChange={(e) => {
            const next = list.find((l) => l.id === e.target.value);
            setLayerId(e.target.value);
            setVersion(next ? String(next.versions.at(-1)?.version ?? "") : "");
          }}
        >
          <option value="">{t("commitments.form.chooseLayer")}</option>
          {list.map((l) => (
            <option key={l.id} value={l.id}>
              {(lang === "ar" && l.nameAr) || l.name} — {t(`geoLayers.kind.${l.kind}`)}
            </option>
          ))}
        </select>
      </div>
      {layer && (
        <div className="field">
          <label htmlFor="c-layer-version">{t("commitments.form.layerVersion")}</label>
          <select id="c-layer-version" value={version} onChange={(e) => setVersion(e.target.value)}>
            {layer.versions.map((v) => (
              <option key={v.version} value={String(v.version)}>
                {v.version}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field field-button">
        <button
          type="button"
          className="button secondary"
          id="c-layer-use"
          disabled={!layer || busy}
          onClick={() => void use()}
        >
          {t("commitments.form.useLayer")}
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
