/**
 * The secretariat — the commission's chair as well as the head of mission — puts a proposed line
 * or zone version on this meeting's agenda with a decision to adopt it from a day (decision
 * 0019; POST /geo/layers/{id}/versions/{v}/commission). The chair has no layer pages: the
 * proposals are listed here, each with its layer's name, version and validity, and the chosen one
 * is drawn on a small map (its disputed parts dashed) before it goes to the delegations.
 */
import { lazy, Suspense, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, getFile, post } from "../../api/client.js";
import { overlayColour } from "../../map/overlays.js";
import { useParties } from "../../parties.js";
import type { GeoLayer, GeoLayerVersion } from "../../api/geo-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { dayStartIso } from "../../time/mission-time.js";
import { DayField } from "../../ui/DateFields.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { Fold } from "./SecretariatForms.js";

const GeometryPreview = lazy(() => import("../../map/GeometryPreview.js"));

interface Proposal {
  key: string;
  layer: GeoLayer;
  version: GeoLayerVersion;
}

/** Versions still proposed and not already awaiting the delegations' signatures. */
function proposals(layers: readonly GeoLayer[]): Proposal[] {
  return layers.flatMap((layer) =>
    layer.versions
      .filter((v) => v.status === "proposed" && v.commission?.decisionStatus !== "proposed")
      .map((version) => ({ key: `${layer.id}/${version.version}`, layer, version })),
  );
}

export function ProposedLineForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const layers = useApi(["geo-layers", "all"], (signal) =>
    get("/geo/layers", { signal }).then((r) => r.items),
  );
  const [chosen, setChosen] = useState("");
  const [day, setDay] = useState("");
  const [dayOk, setDayOk] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const list = layers.state === "ok" ? proposals(layers.data) : [];
  const chosenProposal = list.find((x) => x.key === chosen);
  const name = (l: GeoLayer) => (lang === "ar" && l.nameAr ? l.nameAr : l.name);
  const label = (p: Proposal) =>
    t("commission.proposedLine.option", {
      layer: `\u2068${name(p.layer)}\u2069`,
      version: p.version.version,
      from: formatDateTime(p.version.validFrom, lang),
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const p = list.find((x) => x.key === chosen);
    const from = dayOk && day ? dayStartIso(day, missionTimeZone()) : null;
    if (!p || !from) return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      await post(`/geo/layers/${p.layer.id}/versions/${p.version.version}/commission`, {
        meetingId,
        from,
      });
      setSent(label(p));
      setChosen("");
      setDay("");
      setTried(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Fold label={t("commission.proposedLine.open")}>
      <form className="form-stack" onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t("commission.proposedLine.intro")}</p>
        {layers.state === "error" && <ErrorNotice error={layers.error} onRetry={layers.reload} />}
        <div aria-live="polite">
          {sent && (
            <p className="notice notice-success">
              {t("commission.proposedLine.sent", { line: sent })}
            </p>
          )}
        </div>
        {layers.state === "ok" && list.length === 0 && (
          <p className="notice notice-empty">{t("commission.proposedLine.none")}</p>
        )}
        {list.length > 0 && (
          <>
            <div className="field">
              <label htmlFor="proposed-line">{t("commission.proposedLine.version")}</label>
              <select
                id="proposed-line"
                required
                value={chosen}
                aria-invalid={tried && !chosen ? true : undefined}
                onChange={(e) => setChosen(e.target.value)}
              >
                <option value="">{t("commission.proposedLine.choose")}</option>
                {list.map((p) => (
                  <option key={p.key} value={p.key}>
                    {label(p)}
                  </option>
                ))}
              </select>
            </div>
            {chosenProposal && <ProposalPreview proposal={chosenProposal} />}
            <div className="field">
              <label htmlFor="proposed-line-from">{t("commission.proposedLine.from")}</label>
              <DayField
                id="proposed-line-from"
                required
                value={day}
                onChange={(v, acceptable) => {
                  setDay(v);
                  setDayOk(acceptable);
                }}
              />
            </div>
            {tried && (!chosen || !dayOk || !day) && (
              <p className="field-problem" role="alert">
                {t("commission.proposedLine.incomplete")}
              </p>
            )}
            {error !== null && <ErrorNotice error={error} />}
            <button type="submit" className="button primary small" disabled={busy}>
              {busy ? t("commission.proposedLine.sending") : t("commission.proposedLine.submit")}
            </button>
          </>
        )}
      </form>
    </Fold>
  );
}

/** The chosen version drawn as the map page draws it; a file that cannot be read says so. */
function ProposalPreview({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const parties = useParties();
  const file = useApi(["geo-version-file", p.key], async () => {
    const { blob } = await getFile(
      `/geo/layers/${p.layer.id}/versions/${p.version.version}.geojson`,
    );
    const parsed = JSON.parse(await blob.text()) as
      | { type: "FeatureCollection"; features: { geometry: GeoJSON.Geometry }[] }
      | { type: "Feature"; geometry: GeoJSON.Geometry };
    if (parsed.type === "Feature") return parsed.geometry;
    // A line of contact is exported one feature per part (its disputed ones marked): all of them.
    const geometries = parsed.features.map((f) => f.geometry);
    return geometries.length === 1
      ? geometries[0]!
      : ({ type: "GeometryCollection", geometries } satisfies GeoJSON.GeometryCollection);
  });
  const geometry = file.state === "ok" ? file.data : null;
  const { layer, version } = p;
  const colour = overlayColour(p.layer, p.version, parties);
  const shape = useMemo(
    () =>
      geometry
        ? {
            geometry,
            kind: layer.kind,
            status: version.status,
            colour,
            disputed: (version.disputed as GeoJSON.Geometry | null) ?? null,
          }
        : null,
    // the layer and version objects come from the fetched list and keep their identity; the
    // proposal around them is remade on every render
    [geometry, layer, version, colour],
  );
  if (file.state === "error") return <ErrorNotice error={file.error} onRetry={file.reload} />;
  if (!shape) return null;
  return (
    <figure className="proposal-preview" data-testid="proposal-preview">
      <Suspense fallback={null}>
        <GeometryPreview shape={shape} />
      </Suspense>
      <figcaption className="hint">{t("commission.proposedLine.previewCaption")}</figcaption>
    </figure>
  );
}
