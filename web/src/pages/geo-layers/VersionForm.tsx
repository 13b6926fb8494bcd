/**
 * Adding a version to a layer from a GeoJSON or KML file (multipart POST
 * /geo/layers/{id}/versions) or drawn on the map (the same route, JSON; DrawPanel): validity in
 * mission time, status, the parties a line of contact separates or the side a withdrawal line
 * keeps weapons on, and the source; the geometry on a map before saving. The server checks
 * everything; a geometry it refuses is explained problem by problem, saying where
 * (GeometryProblems). A drawing is checked with the same rules before it is sent.
 */
import { lazy, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, postForm } from "../../api/client.js";
import type { GeoLayer, GeoLayerVersion, LayerStatus } from "../../api/geo-types.js";
import { formatDateTime, formatDay } from "../../i18n/format.js";
import { drawingProblems, drawnGeometry, emptyDrawing, type Drawing } from "../../map/drawing.js";
import { overlayColour } from "../../map/overlays.js";
import { useMissionBbox } from "../../mission/MissionProvider.js";
import { partyName, useParties } from "../../parties.js";
import { Link } from "../../router.js";
import { wallTimeToIso } from "../../time/mission-time.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { DrawPanel } from "./DrawPanel.js";
import { GeometryProblems } from "./GeometryProblems.js";
import { dayOnMap } from "./layer-time.js";
import { readLayerFile, type FileRead } from "./read-layer-file.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

const GeometryPreview = lazy(() => import("../../map/GeometryPreview.js"));

// "agreed" is the joint commission's to give (decision 0019): staff write proposed, working, claimed.
const STATUSES: readonly LayerStatus[] = ["proposed", "working", "claimed"];

interface Typed {
  value: string;
  ok: boolean;
}

export function VersionForm({ layer, onSaved }: { layer: GeoLayer; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<FileRead | "reading" | null>(null);
  const [validFrom, setValidFrom] = useState<Typed>({ value: "", ok: false });
  const [validTo, setValidTo] = useState<Typed>({ value: "", ok: true });
  const [status, setStatus] = useState<LayerStatus>("proposed");
  const [claimedBy, setClaimedBy] = useState("");
  const [leftParty, setLeftParty] = useState("");
  const [rightParty, setRightParty] = useState("");
  const [behindSide, setBehindSide] = useState<"" | "left" | "right">("");
  const [source, setSource] = useState("");
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<GeoLayerVersion | null>(null);
  const [from, setFrom] = useState<"file" | "drawing">("file");
  const [drawing, setDrawing] = useState<Drawing>(() => emptyDrawing(layer.kind));
  const bbox = useMissionBbox();
  const drawn = drawnGeometry(drawing);
  const problems = useMemo(
    () => drawingProblems(drawing, layer.kind, bbox),
    [drawing, layer.kind, bbox],
  );

  const choose = (files: File[]) => {
    const chosen = files[0] ?? null;
    setFile(chosen);
    setError(null);
    setSaved(null);
    if (!chosen) return setRead(null);
    setRead("reading");
    void readLayerFile(chosen).then(setRead);
  };

  const colour = overlayColour(layer, { status, claimedBy: claimedBy || null }, parties);
  const geometry = read !== null && read !== "reading" && read.ok ? read.geometry : null;
  const shape = useMemo(
    () => (geometry ? { geometry, kind: layer.kind, status, colour } : null),
    [geometry, layer.kind, status, colour],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const start =
      validFrom.ok && validFrom.value ? wallTimeToIso(validFrom.value, missionTimeZone()) : null;
    const to = validTo.value ? wallTimeToIso(validTo.value, missionTimeZone()) : null;
    const geometryReady = from === "file" ? file !== null : drawn !== null && problems.length === 0;
    if (!geometryReady || !start || !validTo.ok || (validTo.value && !to)) return;
    const fields = {
      validFrom: start,
      ...(to ? { validTo: to } : {}),
      status,
      ...(status === "claimed" && claimedBy ? { claimedBy } : {}),
      ...(layer.kind === "line_of_contact" && leftParty ? { leftParty } : {}),
      ...(layer.kind === "line_of_contact" && rightParty ? { rightParty } : {}),
      ...(layer.kind === "withdrawal_line" && behindSide ? { behindSide } : {}),
      ...(source.trim() ? { source: source.trim() } : {}),
    };
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const path = `/geo/layers/${layer.id}/versions` as const;
      const version =
        from === "drawing" && drawn
          ? // The route reads JSON or multipart, so its description types neither body.
            await api("POST", path, { body: { ...fields, geometry: drawn } })
          : await postForm(path, formOf(fields, file!));
      setSaved(version);
      form.current?.reset();
      setFile(null);
      setRead(null);
      setDrawing(emptyDrawing(layer.kind));
      setValidFrom({ value: "", ok: false });
      setValidTo({ value: "", ok: true });
      setSource("");
      setTried(false);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const partyOptions = (
    <>
      <option value="">{t("geoLayers.fields.choose")}</option>
      {parties.map((p) => (
        <option key={p.code} value={p.code}>
          {partyName(parties, p.code, lang)}
        </option>
      ))}
    </>
  );
  const savedDay = saved ? dayOnMap(saved) : null;

  return (
    <section className="panel version-form-panel" aria-labelledby="add-version">
      <h2 id="add-version" className="panel-title">
        {t("geoLayers.add")}
      </h2>
      <div aria-live="polite">
        {saved && (
          <div className="notice notice-success" data-testid="version-saved">
            <p className="notice-title">{t("geoLayers.saved", { version: saved.version })}</p>
            {savedDay && (
              <p>
                <Link to={`/map?at=${savedDay}`}>
                  {t("geoLayers.seeOnMap", { day: formatDay(savedDay, lang) })}
                </Link>
              </p>
            )}
          </div>
        )}
      </div>
      <p className="hint">{t("geoLayers.addIntro")}</p>
      <form ref={form} className="version-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-stack version-fields">
          <fieldset className="radio-group inline geometry-from">
            <legend>{t("geoLayers.geometryFrom")}</legend>
            {(["file", "drawing"] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="geometry-from"
                  value={m}
                  checked={from === m}
                  onChange={() => {
                    // The file picker goes with its mode: a file chosen before is not sent.
                    setFrom(m);
                    setFile(null);
                    setRead(null);
                    setError(null);
                  }}
                />
                {t(m === "file" ? "geoLayers.fromFile" : "geoLayers.fromDrawing")}
              </label>
            ))}
          </fieldset>
          {from === "file" && (
            <div className="field">
              <label htmlFor="version-file">{t("geoLayers.file")}</label>
              <FilePicker
                id="version-file"
                accept=".geojson,.json,.kml,application/geo+json,application/json,application/vnd.google-earth.kml+xml"
                describedBy={`version-file-hint${tried && !file ? " version-file-problem" : ""}`}
                invalid={tried && !file}
                onFiles={choose}
              />
              <p id="version-file-hint" className="hint">
                {t("geoLayers.fileHint")}
              </p>
              {tried && !file && (
                <p id="version-file-problem" className="field-problem">
                  {t("geoLayers.fileRequired")}
                </p>
              )}
            </div>
          )}
          <div className="field-row">
            <div className="field">
              <label htmlFor="version-from">{t("geoLayers.validFrom")}</label>
              <DateTimeField
                id="version-from"
                required
                value={validFrom.value}
                describedBy="version-from-hint"
                onChange={(value, ok) => setValidFrom({ value, ok })}
              />
              <p id="version-from-hint" className="hint">
                {t("geoLayers.validFromHint")}
              </p>
            </div>
            <div className="field">
              <label htmlFor="version-to">
                {t("geoLayers.validTo")}{" "}
                <span className="muted">{t("geoLayers.fields.optional")}</span>
              </label>
              <DateTimeField
                id="version-to"
                value={validTo.value}
                describedBy="version-to-hint"
                onChange={(value, ok) => setValidTo({ value, ok })}
              />
              <p id="version-to-hint" className="hint">
                {t("geoLayers.validToHint")}
              </p>
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="version-status">{t("geoLayers.versionStatus")}</label>
              <select
                id="version-status"
                value={status}
                onChange={(e) => setStatus(e.target.value as LayerStatus)}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`geoLayers.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            {status === "claimed" && (
              <div className="field">
                <label htmlFor="version-claimed-by">{t("geoLayers.claimedBy")}</label>
                <select
                  id="version-claimed-by"
                  required
                  value={claimedBy}
                  onChange={(e) => setClaimedBy(e.target.value)}
                >
                  {partyOptions}
                </select>
              </div>
            )}
          </div>
          {layer.kind === "line_of_contact" && (
            <div className="field-row">
              <div className="field">
                <label htmlFor="version-left">{t("geoLayers.leftParty")}</label>
                <select
                  id="version-left"
                  value={leftParty}
                  aria-describedby="version-sides-hint"
                  onChange={(e) => setLeftParty(e.target.value)}
                >
                  {partyOptions}
                </select>
              </div>
              <div className="field">
                <label htmlFor="version-right">{t("geoLayers.rightParty")}</label>
                <select
                  id="version-right"
                  value={rightParty}
                  aria-describedby="version-sides-hint"
                  onChange={(e) => setRightParty(e.target.value)}
                >
                  {partyOptions}
                </select>
              </div>
              <p id="version-sides-hint" className="hint field-row-hint">
                {t("geoLayers.sidesHint")}
              </p>
            </div>
          )}
          {layer.kind === "withdrawal_line" && (
            <div className="field">
              <label htmlFor="version-behind">{t("geoLayers.behindSide")}</label>
              <select
                id="version-behind"
                required
                value={behindSide}
                aria-describedby="version-sides-hint"
                onChange={(e) => setBehindSide(e.target.value as "" | "left" | "right")}
              >
                <option value="">{t("geoLayers.fields.choose")}</option>
                <option value="left">{t("geoLayers.side.left")}</option>
                <option value="right">{t("geoLayers.side.right")}</option>
              </select>
              <p id="version-sides-hint" className="hint">
                {t("geoLayers.sidesHint")}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor="version-source">
              {t("geoLayers.source")}{" "}
              <span className="muted">{t("geoLayers.fields.optional")}</span>
            </label>
            <textarea
              id="version-source"
              rows={2}
              maxLength={1000}
              dir="auto"
              value={source}
              aria-describedby="version-source-hint"
              onChange={(e) => setSource(e.target.value)}
            />
            <p id="version-source-hint" className="hint">
              {t("geoLayers.sourceHint")}
            </p>
          </div>
          <div aria-live="polite">
            {error !== null && <SaveError error={error} layer={layer} />}
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("geoLayers.saving") : t("geoLayers.save")}
            </button>
          </div>
        </div>
        <div className="version-preview" aria-labelledby="version-preview-title">
          <h3 id="version-preview-title" className="panel-subtitle">
            {from === "drawing" ? t("geoLayers.fromDrawing") : t("geoLayers.preview")}
          </h3>
          {from === "drawing" && (
            <DrawPanel
              kind={layer.kind}
              drawing={drawing}
              onChange={setDrawing}
              colour={colour}
              problems={problems}
              tried={tried}
            />
          )}
          {from === "file" && read === null && (
            <p className="muted">{t("geoLayers.previewEmpty")}</p>
          )}
          {from === "file" && read === "reading" && <Loading />}
          {from === "file" && read !== null && read !== "reading" && !read.ok && (
            <p className="notice notice-info">
              {t("geoLayers.previewUnreadable", { reason: read.reason })}
            </p>
          )}
          {from === "file" && read !== null && read !== "reading" && read.ok && shape && (
            <>
              <p className="hint" data-testid="preview-summary">
                {t("geoLayers.previewSummary", {
                  count: read.points,
                  type: read.geometry.type,
                })}
                {layer.kind === "line_of_contact" || layer.kind === "withdrawal_line"
                  ? ` ${t("geoLayers.previewStart")}`
                  : ""}
              </p>
              <MapBoundary
                fallback={<p className="notice notice-info">{t("geoLayers.previewUnavailable")}</p>}
                loading={<Loading />}
              >
                <GeometryPreview shape={shape} />
              </MapBoundary>
            </>
          )}
        </div>
      </form>
    </section>
  );
}

/** The upload's form fields: the version's fields as text, and the file. */
function formOf(fields: Record<string, string>, file: File): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append("file", file, file.name);
  return body;
}

/** A geometry refused problem by problem; an overlap with the version it meets; else the notice. */
function SaveError({ error, layer }: { error: unknown; layer: GeoLayer }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (error instanceof ApiError && error.code === "invalid_geometry") {
    return <GeometryProblems error={error} kind={layer.kind} />;
  }
  const conflict = (
    error instanceof ApiError && error.code === "layer_version_overlap"
      ? (error.details as {
          conflictsWith?: { version: number; validFrom: string; validTo: string | null };
        })
      : undefined
  )?.conflictsWith;
  if (conflict) {
    const from = formatDateTime(conflict.validFrom, lang);
    const range = conflict.validTo
      ? t("geoLayers.fromTo", { from, to: formatDateTime(conflict.validTo, lang) })
      : t("geoLayers.fromOnwards", { from });
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">
          {t("geoLayers.overlap", { version: conflict.version, range })}
        </p>
      </div>
    );
  }
  return <ErrorNotice error={error} />;
}
