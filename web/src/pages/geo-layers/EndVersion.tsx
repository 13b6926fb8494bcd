/** Ending an open-ended version's validity when nothing replaces it (set once, audited). */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { GeoLayerVersion } from "../../api/geo-types.js";
import { wallTimeToIso } from "../../time/mission-time.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { ErrorNotice } from "../../ui/notices.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

export function EndVersion({
  layerId,
  version,
  onCancel,
  onEnded,
}: {
  layerId: string;
  version: GeoLayerVersion;
  onCancel: () => void;
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState("");
  const [ok, setOk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `end-v${version.version}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const iso = ok && validTo ? wallTimeToIso(validTo, missionTimeZone()) : null;
    if (!iso) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/geo/layers/${layerId}/versions/${version.version}/end`, { validTo: iso });
      onEnded();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="form-stack end-version" onSubmit={(e) => void submit(e)}>
      <p className="panel-subtitle">{t("geoLayers.endTitle", { version: version.version })}</p>
      <p className="hint">{t("geoLayers.endIntro")}</p>
      <div className="field">
        <label htmlFor={id}>{t("geoLayers.endAt")}</label>
        <DateTimeField
          id={id}
          required
          value={validTo}
          onChange={(v, acceptable) => {
            setValidTo(v);
            setOk(acceptable);
          }}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? t("geoLayers.ending") : t("geoLayers.endSubmit")}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t("geoLayers.cancel")}
        </button>
      </div>
    </form>
  );
}
