/**
 * The Position panel of an incident or a report: its stored geo evaluation (decision 0004) —
 * where it is said in a sentence, which side of the line of contact and how far, every line
 * valid then (agreed and claimed), zones, area of control, withdrawal lines, district and the
 * nearest places — with a small map of the point and the lines valid at the time of the event.
 * While the evaluation is pending the panel asks again for a while.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { COMPASS_POINTS_AR, type CompassPoint } from "../../../../src/domain/geo/compass.js";
import { get } from "../../api/client.js";
import type {
  GeoEvaluation,
  GeoFields,
  GeoLayer,
  LineOfContactEval,
  LocationResolution,
} from "../../api/geo-types.js";
import type { LatLon } from "../../api/types.js";
import { formatDateTime, localeOf } from "../../i18n/format.js";
import type { UiLanguage } from "../../i18n/index.js";
import { layersAt, overlayFeatures } from "../../map/overlays.js";
import { partyName, useParties } from "../../parties.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { Loading } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { LocationResolutionNote } from "../intake/LocationResolutionNote.js";

const PointMap = lazy(() => import("../../map/PointMap.js"));

const POLL_MS = 2000;
const POLL_TRIES = 15;

interface Subject extends GeoFields {
  location: LatLon | null;
  /** Reports: how a place name without coordinates was located. */
  locationResolution?: LocationResolution;
}

/** How often the panel has asked since its round began (answers and failures). */
function triesOf(q: { state: { dataUpdateCount: number; errorUpdateCount: number } }): number {
  return q.state.dataUpdateCount + q.state.errorUpdateCount;
}

/** `path`: the record's API path (/incidents/{id}, /reports/{id}), to ask again while pending. */
export function GeoPanel({
  subject,
  path,
}: {
  subject: Subject;
  path: `/incidents/${string}` | `/reports/${string}`;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  // "Try again" after the last try starts a new round of tries.
  const [round, setRound] = useState(0);
  const pendingIn = (f: GeoFields) =>
    f.geoStatus === "pending" || (f.geoStatus === undefined && !!subject.location);
  const polling = pendingIn(subject);
  const key = ["geo-evaluation", path, round];
  const poll = useQuery({
    queryKey: key,
    queryFn: async ({ signal }): Promise<GeoFields> => {
      const r = await get(path, { signal });
      return { geo: r.geo, geoStatus: r.geoStatus };
    },
    enabled: polling,
    initialData: { geo: subject.geo, geoStatus: subject.geoStatus },
    // the record was just read: the first ask is one interval later
    staleTime: POLL_MS,
    // every answer counts as a try, even one that says "pending" again: show the panel anew
    notifyOnChangeProps: "all",
    refetchInterval: (q) =>
      pendingIn(q.state.data ?? subject) && triesOf(q) < POLL_TRIES ? POLL_MS : false,
  });
  // The record as the page read it, unless it was pending and the panel has asked since.
  const fields: GeoFields = polling ? poll.data : subject;
  const state = queries.getQueryState(key);
  const tries = state ? triesOf({ state }) : 0;

  return (
    <section className="panel geo-panel" aria-labelledby="position-title" data-testid="geo-panel">
      <h2 id="position-title" className="panel-title">
        {t("position.title")}
      </h2>
      {fields.geo && subject.location ? (
        <Evaluation geo={fields.geo} location={subject.location} />
      ) : !subject.location || fields.geoStatus === "no_location" ? (
        <>
          <p className="muted">{t("position.noLocation")}</p>
          <LocationResolutionNote resolution={subject.locationResolution} />
        </>
      ) : (
        <div aria-live="polite">
          <p className="muted">{t("position.pending")}</p>
          {tries >= POLL_TRIES && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setRound((n) => n + 1)}
            >
              {t("position.reload")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * A distance for a sentence in either language: one decimal under 10 km, never a sign (the side
 * says which way; a sign next to Arabic text reads as if at the wrong end), the number isolated
 * (LRI…PDI) so that it stays whole in Arabic.
 */
function km(n: number, lang: UiLanguage): string {
  const abs = new Intl.NumberFormat(localeOf(lang), {
    maximumFractionDigits: Math.abs(n) < 10 ? 1 : 0,
  }).format(Math.abs(n));
  return `\u2066${abs}\u2069`;
}

function Evaluation({ geo, location }: { geo: GeoEvaluation; location: LatLon }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const layers = useApi(["geo-layers", "incident-overlays", geo.at, parties], async () => {
    const valid = await layersAt(geo.at);
    return { valid, features: await overlayFeatures(valid, parties) };
  });
  const validLayers = layers.state === "ok" ? layers.data.valid : [];
  const nameOf = (layerId: string, fallback: string) =>
    layerName(validLayers, layerId, fallback, lang);
  const party = (code: string) => partyName(parties, code, lang);
  const line = geo.lineOfContact;
  const contested = new Set(geo.areasOfControl.map((a) => a.party).filter(Boolean));

  return (
    <div className="geo-body">
      <div className="geo-facts">
        {geo.description && (
          <p className="geo-description">
            <bdi>{geo.description[lang]}</bdi>
          </p>
        )}
        <dl className="details">
          <dt>{t("position.line")}</dt>
          <dd>{line ? <LineName line={line} nameOf={nameOf} /> : t("position.noLine")}</dd>
          {line && (
            <>
              <dt>{t("position.side")}</dt>
              <dd className="geo-side">{sideText(line, party, t)}</dd>
              <dt>{t("position.distance")}</dt>
              <dd>
                <span className="geo-km">
                  {t("position.km", { km: km(line.distanceKm, lang) })}
                </span>
                {line.distanceKm !== 0 && (
                  <span className="muted">
                    {" "}
                    ({t(line.distanceKm > 0 ? "position.rightAsDrawn" : "position.leftAsDrawn")})
                  </span>
                )}
              </dd>
            </>
          )}
          <dt>{t("position.area")}</dt>
          <dd>
            {contested.size > 1
              ? t("position.areaContested", {
                  parties: [...contested].map((p) => party(p!)).join(t("report.listSeparator")),
                })
              : geo.areaOfControl
                ? party(geo.areaOfControl)
                : t("position.none")}
          </dd>
          <dt>{t("position.zones")}</dt>
          <dd>
            {geo.zones.length === 0
              ? t("position.none")
              : geo.zones.map((z, n) => (
                  <span key={z.layerId}>
                    {n > 0 && t("report.listSeparator")}
                    <bdi>{nameOf(z.layerId, z.name)}</bdi>
                  </span>
                ))}
          </dd>
          {geo.withdrawalLines.length > 0 && (
            <>
              <dt>{t("position.withdrawal")}</dt>
              <dd>
                <ul className="plain-list">
                  {geo.withdrawalLines.map((w) => (
                    <li key={w.layerId}>
                      <bdi>{nameOf(w.layerId, w.name)}</bdi>
                      {": "}
                      {t(`position.withdrawalPosition.${w.position}`)} ·{" "}
                      {t("position.km", { km: km(w.distanceKm, lang) })}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t("position.district")}</dt>
          <dd>
            {geo.district ? (
              <bdi>
                <TwoLanguageText
                  compact
                  texts={{ ar: geo.district.nameAr, en: geo.district.name }}
                />
              </bdi>
            ) : (
              t("position.none")
            )}
          </dd>
          {geo.nearestPlaces.length > 0 && (
            <>
              <dt>{t("position.nearest")}</dt>
              <dd>
                <ul className="plain-list">
                  {geo.nearestPlaces.map((p) => (
                    <li key={p.placeId}>
                      {t("position.nearPlace", {
                        km: km(p.distanceKm, lang),
                        compass:
                          lang === "ar"
                            ? (COMPASS_POINTS_AR[p.compass as CompassPoint] ?? p.compass)
                            : p.compass,
                        place: lang === "ar" && p.nameAr ? p.nameAr : p.name,
                      })}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {geo.linesOfContact.length > 1 && (
          <>
            <h3 className="geo-subtitle">{t("position.allLines")}</h3>
            <ul className="plain-list geo-lines">
              {geo.linesOfContact.map((l) => (
                <li key={l.layerId}>
                  <LineName line={l} nameOf={nameOf} /> — {sideText(l, party, t)} ·{" "}
                  {t("position.km", { km: km(l.distanceKm, lang) })}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="hint">{t("position.asAt", { time: formatDateTime(geo.at, lang) })}</p>
      </div>
      <div className="geo-map">
        <MapBoundary fallback={null} loading={<Loading />}>
          <PointMap
            point={location}
            overlays={
              layers.state === "ok"
                ? layers.data.features
                : { type: "FeatureCollection", features: [] }
            }
            lineDistanceKm={line?.distanceKm ?? null}
          />
        </MapBoundary>
      </div>
    </div>
  );
}

function layerName(layers: GeoLayer[], id: string, fallback: string, lang: UiLanguage): string {
  const l = layers.find((x) => x.id === id);
  return lang === "ar" && l?.nameAr ? l.nameAr : fallback;
}

function LineName({
  line,
  nameOf,
}: {
  line: LineOfContactEval;
  nameOf: (id: string, fallback: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  return (
    <>
      <bdi>{nameOf(line.layerId, line.name)}</bdi>{" "}
      <span className={`badge layer-badge-${line.status}`}>
        {t(`position.lineStatus.${line.status}`, {
          party: line.claimedBy ? partyName(parties, line.claimedBy, lang) : "",
        })}
      </span>
      {line.nearDisputed && (
        <span className="badge layer-badge-disputed">{t("position.nearDisputed")}</span>
      )}
    </>
  );
}

function sideText(line: LineOfContactEval, party: (code: string) => string, t: TFunction): string {
  if (line.position === "on_line") return t("position.onLine");
  return line.side ? t("position.sideOf", { party: party(line.side) }) : t("position.sideUnnamed");
}
