/**
 * Geo layers (analyst, chief): every layer with its kind, the version valid now, its validity
 * and source, and how many versions it has (the history is on the layer's page); and the form
 * that defines a new layer, after which its page opens to add the first version.
 */
import { useTranslation } from "react-i18next";
import { LAYER_KINDS } from "../../../../src/domain/geo/layers.js";
import { get } from "../../api/client.js";
import type { GeoLayer } from "../../api/geo-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { Link } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { currentVersion, newestFirst } from "./layer-time.js";
import { LayerName, Validity } from "./layer-display.js";
import { NewLayerForm } from "./NewLayerForm.js";

export function GeoLayersPage() {
  const { t } = useTranslation();
  const layers = useApi(["geo-layers", "all"], (signal) =>
    get("/geo/layers", { signal }).then((r) => r.items),
  );
  return (
    <>
      <PageTitle>{t("geoLayers.title")}</PageTitle>
      <p className="muted page-intro">{t("geoLayers.intro")}</p>
      <NewLayerForm />
      {layers.state === "loading" && <Loading />}
      {layers.state === "error" && <ErrorNotice error={layers.error} onRetry={layers.reload} />}
      {layers.state === "ok" &&
        (layers.data.length === 0 ? (
          <p className="notice notice-empty">{t("geoLayers.none")}</p>
        ) : (
          <LayerTable layers={ordered(layers.data)} />
        ))}
    </>
  );
}

/** By kind (lines of contact first, as the vocabulary lists them), then by name. */
function ordered(layers: GeoLayer[]): GeoLayer[] {
  return [...layers].sort(
    (a, b) =>
      LAYER_KINDS.indexOf(a.kind) - LAYER_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name),
  );
}

function LayerTable({ layers }: { layers: GeoLayer[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table layer-table">
        <thead>
          <tr>
            <th scope="col">{t("geoLayers.columns.name")}</th>
            <th scope="col">{t("geoLayers.columns.kind")}</th>
            <th scope="col">{t("geoLayers.columns.current")}</th>
            <th scope="col">{t("geoLayers.columns.validity")}</th>
            <th scope="col">{t("geoLayers.columns.source")}</th>
            <th scope="col">{t("geoLayers.columns.versions")}</th>
          </tr>
        </thead>
        <tbody>
          {layers.map((l) => (
            <LayerRow key={l.id} layer={l} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LayerRow({ layer }: { layer: GeoLayer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = currentVersion(layer);
  const latest = newestFirst(layer)[0] ?? null;
  const shown = current ?? latest;
  return (
    <tr>
      <td data-label={t("geoLayers.columns.name")}>
        <Link to={`/geo-layers/${layer.id}`} className="layer-link">
          <LayerName layer={layer} />
        </Link>
        {layer.isDemo && <span className="badge badge-demo">{t("geoLayers.illustrative")}</span>}
      </td>
      <td data-label={t("geoLayers.columns.kind")}>{t(`geoLayers.kind.${layer.kind}`)}</td>
      <td data-label={t("geoLayers.columns.current")}>
        {current ? (
          <>
            <span className="nowrap">
              {t("geoLayers.versionShort", { version: current.version })}
            </span>
            <span className="cell-note">{t(`geoLayers.status.${current.status}`)}</span>
          </>
        ) : (
          <>
            <span>{latest ? t("geoLayers.noneNow") : t("geoLayers.noVersion")}</span>
            {latest?.validTo && (
              <span className="cell-note">
                {t("geoLayers.lastWas", {
                  version: latest.version,
                  when: formatDateTime(latest.validTo, lang),
                })}
              </span>
            )}
          </>
        )}
      </td>
      <td className="validity-cell" data-label={t("geoLayers.columns.validity")}>
        {shown ? <Validity version={shown} /> : t("common.none")}
      </td>
      <td className="layer-source-cell" data-label={t("geoLayers.columns.source")}>
        {shown?.source ? <bdi>{shown.source}</bdi> : t("common.none")}
      </td>
      <td className="nowrap" data-label={t("geoLayers.columns.versions")}>
        {t("geoLayers.versionCount", { count: layer.versions.length })}
      </td>
    </tr>
  );
}
