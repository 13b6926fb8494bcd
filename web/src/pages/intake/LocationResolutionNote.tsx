/**
 * How the server located a report filed with a place name and no coordinates (decision 0005):
 * found in the gazetteer, several places possible (listed), or not found. Nothing for a report
 * filed with coordinates.
 */
import { useTranslation } from "react-i18next";
import type { LocationResolution } from "../../api/geo-types.js";
import { useLang } from "../../ui/use-lang.js";

export function LocationResolutionNote({ resolution }: { resolution?: LocationResolution }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!resolution || resolution.status === "reported") return null;
  const name = (c: LocationResolution["candidates"][number]) =>
    lang === "ar" && c.nameAr ? c.nameAr : c.name;
  const coords = (c: LocationResolution["candidates"][number]) =>
    `${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`;
  if (resolution.status === "gazetteer") {
    const place = resolution.candidates[0];
    return (
      <p className="notice notice-info" data-testid="location-resolution">
        {t("resolution.gazetteer", { place: place ? name(place) : "" })}{" "}
        {place && <bdi className="mono">{coords(place)}</bdi>}
      </p>
    );
  }
  return (
    <div className="notice notice-warning" data-testid="location-resolution">
      <p>{t(`resolution.${resolution.status}`)}</p>
      {resolution.candidates.length > 0 && (
        <ul>
          {resolution.candidates.map((c) => (
            <li key={c.placeId}>
              <bdi>{name(c)}</bdi> — <bdi className="mono">{coords(c)}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
