/** Latitude and longitude typed as decimal degrees: two fields of a form's row. */
import { useTranslation } from "react-i18next";

export function CoordinateFields({
  id,
  lat,
  lon,
  onLat,
  onLon,
}: {
  id: string;
  lat: string;
  lon: string;
  onLat: (value: string) => void;
  onLon: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-lat`}>{t("gazetteer.position.lat")}</label>
        <input
          id={`${id}-lat`}
          required
          dir="ltr"
          inputMode="decimal"
          value={lat}
          onChange={(e) => onLat(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-lon`}>{t("gazetteer.position.lon")}</label>
        <input
          id={`${id}-lon`}
          required
          dir="ltr"
          inputMode="decimal"
          value={lon}
          onChange={(e) => onLon(e.target.value)}
        />
      </div>
    </>
  );
}
