/** Correcting a place's position: a click on the small map or typed coordinates, and a reason. */
import { lazy, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { GazetteerPlace } from "../../api/gazetteer-types.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { placeLabel } from "./PlaceTable.js";
import { CoordinateFields } from "./CoordinateFields.js";
import { ReasonAndActions } from "./ReasonAndActions.js";

const LocationPicker = lazy(() => import("../../map/LocationPicker.js"));

export function PositionPanel({
  place,
  onDone,
  onCancel,
}: {
  place: GazetteerPlace;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = placeLabel(place, lang);
  const [lat, setLat] = useState(String(place.lat));
  const [lon, setLon] = useState(String(place.lon));
  const [approximate, setApproximate] = useState(place.approximate);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const point =
    Number.isFinite(Number(lat)) && Number.isFinite(Number(lon)) && lat !== "" && lon !== ""
      ? { lat: Number(lat), lon: Number(lon) }
      : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!point) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/gazetteer/places/${encodeURIComponent(place.id)}/position`, {
        ...point,
        approximate,
        reason: reason.trim(),
      });
      onDone(t("gazetteer.position.saved", { name }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="panel gazetteer-panel" aria-labelledby="position-title">
      <h2 id="position-title">{t("gazetteer.position.title", { name })}</h2>
      <p className="hint">{t("gazetteer.position.hint")}</p>
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <MapBoundary
          fallback={<p className="notice notice-info">{t("map.unavailable")}</p>}
          loading={<Loading />}
        >
          <LocationPicker
            value={point}
            onPick={(p) => {
              setLat(String(p.lat));
              setLon(String(p.lon));
            }}
          />
        </MapBoundary>
        <div className="field-row">
          <CoordinateFields id="position" lat={lat} lon={lon} onLat={setLat} onLon={setLon} />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={approximate}
            onChange={(e) => setApproximate(e.target.checked)}
          />{" "}
          {t("gazetteer.position.approximate")}
        </label>
        <ReasonAndActions
          id="position-reason"
          label={t("gazetteer.position.reason")}
          reason={reason}
          onReason={setReason}
          error={error}
          submit={t("gazetteer.position.save")}
          disabled={busy || !point}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}
