/** A layer's name and a version's validity, the same on the list and on the layer's page. */
import { useTranslation } from "react-i18next";
import type { GeoLayer, GeoLayerVersion } from "../../api/geo-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";

/** In Arabic the Arabic name when the layer has one. */
export function LayerName({ layer }: { layer: Pick<GeoLayer, "name" | "nameAr"> }) {
  const lang = useLang();
  return <bdi>{lang === "ar" && layer.nameAr ? layer.nameAr : layer.name}</bdi>;
}

export function Validity({ version }: { version: Pick<GeoLayerVersion, "validFrom" | "validTo"> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const from = formatDateTime(version.validFrom, lang);
  return (
    <span>
      {version.validTo
        ? t("geoLayers.fromTo", { from, to: formatDateTime(version.validTo, lang) })
        : t("geoLayers.fromOnwards", { from })}
    </span>
  );
}
