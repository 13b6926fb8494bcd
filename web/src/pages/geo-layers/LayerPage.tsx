/**
 * One geo layer (analyst, chief): what it is, its versions newest first — validity, status,
 * parties, source, GeoJSON and KML exports, a link to the map as on a day it is valid, and ending
 * an open-ended version — and the form that adds a version from a file.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { GeoLayer, GeoLayerVersion } from "../../api/geo-types.js";
import { formatDateTime, formatDay } from "../../i18n/format.js";
import { Link } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { Party } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi, useReadAgain } from "../../use-api.js";
import { DisputedParts } from "./DisputedParts.js";
import { EndVersion } from "./EndVersion.js";
import { Validity } from "./layer-display.js";
import { currentVersion, dayOnMap, newestFirst } from "./layer-time.js";
import { SendToCommission } from "./SendToCommission.js";
import { VersionForm } from "./VersionForm.js";
import { useUser } from "../../session.js";

export function LayerPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const layer = useApi(["geo-layer", id], (signal) => get(`/geo/layers/${id}`, { signal }));
  // After a change the page stays (with what the forms say) while the layer is read again.
  const readAgain = useReadAgain();
  const refresh = () => void readAgain(["geo-layer", id]);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/geo-layers">{t("geoLayers.back")}</Link>
      </p>
      {layer.state === "loading" && <Loading />}
      {layer.state === "error" && (
        <>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={layer.error} onRetry={layer.reload} />
        </>
      )}
      {layer.state === "ok" && <LayerView layer={layer.data} reload={refresh} />}
    </>
  );
}

function LayerView({ layer, reload }: { layer: GeoLayer; reload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = lang === "ar" && layer.nameAr ? layer.nameAr : layer.name;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="incident-heading">
        {t(`geoLayers.kind.${layer.kind}`)}
        {layer.isDemo && <span className="badge badge-demo">{t("geoLayers.illustrative")}</span>}
      </p>
      <section className="panel layer-facts" aria-labelledby="layer-facts">
        <h2 id="layer-facts" className="panel-title">
          {t("geoLayers.facts")}
        </h2>
        <dl className="details">
          <dt>{t("geoLayers.columns.kind")}</dt>
          <dd>{t(`geoLayers.kind.${layer.kind}`)}</dd>
          <dt>{t("geoLayers.name")}</dt>
          <dd>
            <bdi>{layer.name}</bdi>
          </dd>
          {layer.nameAr && (
            <>
              <dt>{t("geoLayers.nameAr")}</dt>
              <dd>
                <bdi lang="ar">{layer.nameAr}</bdi>
              </dd>
            </>
          )}
          {layer.party && (
            <>
              <dt>{t("geoLayers.party")}</dt>
              <dd>
                <Party code={layer.party} />
              </dd>
            </>
          )}
          {layer.weaponClasses.length > 0 && (
            <>
              <dt>{t("geoLayers.weaponClasses")}</dt>
              <dd>
                <bdi dir="ltr">{layer.weaponClasses.join(", ")}</bdi>
              </dd>
            </>
          )}
          {layer.description && (
            <>
              <dt>{t("geoLayers.description")}</dt>
              <dd className="description">
                <bdi>{layer.description}</bdi>
              </dd>
            </>
          )}
        </dl>
      </section>
      <History layer={layer} reload={reload} />
      <VersionForm layer={layer} onSaved={reload} />
    </>
  );
}

function History({ layer, reload }: { layer: GeoLayer; reload: () => void }) {
  const { t } = useTranslation();
  const versions = newestFirst(layer);
  const current = currentVersion(layer);
  const [marking, setMarking] = useState<number | null>(null);
  const [marked, setMarked] = useState<string | null>(null);
  const markingVersion = versions.find((v) => v.version === marking);
  return (
    <section className="layer-history" aria-labelledby="layer-history">
      <h2 id="layer-history">{t("geoLayers.history")}</h2>
      {versions.length === 0 ? (
        <p className="notice notice-empty">{t("geoLayers.noVersions")}</p>
      ) : (
        <>
          <p className="hint">{t("geoLayers.historyIntro")}</p>
          <div className="table-wrap">
            <table className="data-table version-table">
              <thead>
                <tr>
                  <th scope="col">{t("geoLayers.version")}</th>
                  <th scope="col">{t("geoLayers.columns.validity")}</th>
                  <th scope="col">{t("geoLayers.versionStatus")}</th>
                  <th scope="col">{t("geoLayers.columns.source")}</th>
                  <th scope="col">{t("geoLayers.export")}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <VersionRow
                    key={v.id}
                    layer={layer}
                    version={v}
                    isCurrent={v.id === current?.id}
                    reload={reload}
                    onMark={() => {
                      setMarked(null);
                      setMarking(v.version);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div aria-live="polite">
            {marked && <p className="notice notice-success">{marked}</p>}
          </div>
          {markingVersion && (
            <DisputedParts
              key={markingVersion.id}
              layer={layer}
              version={markingVersion}
              onCancel={() => setMarking(null)}
              onSaved={(message) => {
                setMarking(null);
                setMarked(message);
                reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function VersionRow({
  layer,
  version: v,
  isCurrent,
  reload,
  onMark,
}: {
  layer: GeoLayer;
  version: GeoLayerVersion;
  isCurrent: boolean;
  reload: () => void;
  onMark: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const day = dayOnMap(v);
  const [ending, setEnding] = useState(false);
  const [sending, setSending] = useState(false);
  const user = useUser();
  const c = v.commission;
  const meetingLink = (key: "agreedBy" | "pending" | "dissented") =>
    c && (
      <span className="cell-note" data-commission={c.decisionStatus}>
        <Link to={`/commission/${c.meetingId}`}>
          {t(`geoLayers.commission.${key}`, {
            meeting: `\u2068${c.meetingReference}\u2069`,
            day: formatDateTime(c.from, lang),
          })}
        </Link>
      </span>
    );
  return (
    <tr data-version={v.version}>
      <th scope="row" className="nowrap">
        {t("geoLayers.versionShort", { version: v.version })}
        {isCurrent && <span className="badge badge-current">{t("geoLayers.current")}</span>}
      </th>
      <td className="validity-cell" data-label={t("geoLayers.columns.validity")}>
        <Validity version={v} />
        {!v.validTo && !ending && (
          <p>
            <button
              type="button"
              className="button secondary small"
              onClick={() => setEnding(true)}
            >
              {t("geoLayers.end")}
            </button>
          </p>
        )}
        {ending && (
          <EndVersion
            layerId={layer.id}
            version={v}
            onCancel={() => setEnding(false)}
            onEnded={() => {
              setEnding(false);
              reload();
            }}
          />
        )}
      </td>
      <td data-label={t("geoLayers.versionStatus")}>
        {t(`geoLayers.status.${v.status}`)}
        {c?.decisionStatus === "in_effect" && meetingLink("agreedBy")}
        {c?.decisionStatus === "proposed" && meetingLink("pending")}
        {c?.decisionStatus === "dissented" && v.status === "proposed" && meetingLink("dissented")}
        {v.disputed && (
          <span className="cell-note layer-disputed">{t("geoLayers.commission.disputed")}</span>
        )}
        {v.status === "proposed" &&
          layer.kind === "line_of_contact" &&
          c?.decisionStatus !== "proposed" && (
            <p>
              <button type="button" className="button secondary small" onClick={onMark}>
                {t("geoLayers.disputedParts.open")}
              </button>
            </p>
          )}
        {v.status === "proposed" &&
          user.role === "chief" &&
          c?.decisionStatus !== "proposed" &&
          !sending && (
            <p>
              <button
                type="button"
                className="button secondary small"
                onClick={() => setSending(true)}
              >
                {t("geoLayers.commission.send")}
              </button>
            </p>
          )}
        {sending && (
          <SendToCommission
            layerId={layer.id}
            version={v}
            onCancel={() => setSending(false)}
            onSent={() => {
              setSending(false);
              reload();
            }}
          />
        )}
        {v.claimedBy && (
          <span className="cell-note">
            <Party code={v.claimedBy} />
          </span>
        )}
        {(v.leftParty || v.rightParty) && (
          <span className="cell-note">
            {t("geoLayers.leftRight", {
              left: v.leftParty ?? t("common.none"),
              right: v.rightParty ?? t("common.none"),
            })}
          </span>
        )}
        {v.behindSide && (
          <span className="cell-note">
            {t("geoLayers.behind", { side: t(`geoLayers.side.${v.behindSide}`) })}
          </span>
        )}
      </td>
      <td className="layer-source-cell" data-label={t("geoLayers.columns.source")}>
        {v.source ? <bdi>{v.source}</bdi> : t("common.none")}
      </td>
      <td data-label={t("geoLayers.export")}>
        <ul className="plain-list version-links" aria-label={t("geoLayers.export")}>
          <li>
            <a
              href={v.geojson}
              download
              aria-label={t("geoLayers.exportLabel", { version: v.version, format: "GeoJSON" })}
            >
              {t("geoLayers.exportGeojson")}
            </a>
          </li>
          <li>
            <a
              href={v.kml}
              download
              aria-label={t("geoLayers.exportLabel", { version: v.version, format: "KML" })}
            >
              {t("geoLayers.exportKml")}
            </a>
          </li>
          {day && (
            <li>
              <Link
                to={`/map?at=${day}`}
                aria-label={t("geoLayers.onMapLabel", {
                  version: v.version,
                  day: formatDay(day, lang),
                })}
              >
                {t("geoLayers.onMap")}
              </Link>
            </li>
          )}
        </ul>
      </td>
    </tr>
  );
}
