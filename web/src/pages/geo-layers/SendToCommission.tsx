/**
 * The chief sends a proposed version to the joint commission (decision 0019): a meeting not yet
 * closed, and the day (in the mission's time zone) it is to be agreed from. The decision's text
 * is generated in both languages by the server; the chief may edit it on the meeting's page
 * before anyone signs.
 */
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import type { GeoLayerVersion } from "../../api/geo-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { dayStartIso } from "../../time/mission-time.js";
import { DayField } from "../../ui/DateFields.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";

export function SendToCommission({
  layerId,
  version,
  onCancel,
  onSent,
}: {
  layerId: string;
  version: GeoLayerVersion;
  onCancel: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [meetingId, setMeetingId] = useState("");
  const [day, setDay] = useState("");
  const [dayOk, setDayOk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const meetings = useApi(["commission-meetings"], (signal) =>
    get("/commission/meetings", { signal }).then((r) => r.items),
  );
  const open = meetings.state === "ok" ? meetings.data.filter((m) => m.status !== "closed") : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const from = dayOk && day ? dayStartIso(day, missionTimeZone()) : null;
    if (!from || !meetingId) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/geo/layers/${layerId}/versions/${version.version}/commission`, {
        meetingId,
        from,
      });
      onSent();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="form-stack end-version" onSubmit={(e) => void submit(e)}>
      <p className="panel-subtitle">
        {t("geoLayers.commission.title", { version: version.version })}
      </p>
      <p className="hint">{t("geoLayers.commission.intro")}</p>
      {meetings.state === "ok" && open.length === 0 && (
        <p className="hint">{t("geoLayers.commission.noMeeting")}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-meeting`}>{t("geoLayers.commission.meeting")}</label>
        <select
          id={`${id}-meeting`}
          required
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
        >
          <option value="">{t("geoLayers.commission.chooseMeeting")}</option>
          {open.map((m) => (
            <option key={m.id} value={m.id}>
              {`\u2068${m.reference}\u2069 · ${formatDateTime(m.startsAt, lang)}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t("geoLayers.commission.from")}</label>
        <DayField
          id={`${id}-from`}
          required
          value={day}
          onChange={(v, acceptable) => {
            setDay(v);
            setDayOk(acceptable);
          }}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? t("geoLayers.commission.sending") : t("geoLayers.commission.submit")}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t("geoLayers.cancel")}
        </button>
      </div>
    </form>
  );
}
