/**
 * The joint commission's meetings (the 5+5 JMC, the RCC: the name is the mission's), the next one
 * first; the chair and the head of mission schedule a new one here (decision 0016).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { useMission } from "../../mission/MissionProvider.js";
import { Link, navigate } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { wallTimeToIso } from "../../time/mission-time.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { DateTime, PartyList } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { newIdempotencyKey } from "../../outbox/outbox-store.js";

export function useJointBodyName(): string {
  const mission = useMission();
  const lang = useLang();
  return mission.jointBody.name[lang] || mission.jointBody.name.en;
}

/**
 * Who sits on the joint body, as the mission profile says: its chair and the parties' delegations
 * (a copy of the mission kept from an older server may not say it).
 */
function JointBodyMakeUp() {
  const { t } = useTranslation();
  const mission = useMission();
  const lang = useLang();
  const chair = mission.jointBody.chair ?? null;
  const delegations = mission.jointBody.delegations ?? [];
  if (!chair && delegations.length === 0) return null;
  return (
    <dl className="details joint-body" data-testid="joint-body">
      {chair && (
        <>
          <dt>{t("commission.chairedBy")}</dt>
          <dd>{chair[lang] || chair.en}</dd>
        </>
      )}
      {delegations.length > 0 && (
        <>
          <dt>{t("commission.delegations")}</dt>
          <dd>
            <PartyList codes={delegations} />
          </dd>
        </>
      )}
    </dl>
  );
}

export function CommissionPage() {
  const { t } = useTranslation();
  const user = useUser();
  const body = useJointBodyName();
  const meetings = useApi(["commission", "meetings"], (signal) =>
    get("/commission/meetings", { signal }).then((r) => r.items),
  );
  return (
    <>
      <PageTitle>{t("commission.title", { body })}</PageTitle>
      <p className="muted">{t("commission.intro", { body })}</p>
      <JointBodyMakeUp />
      {can.keepCommission(user) && <NewMeetingForm />}
      {meetings.state === "loading" && <Loading />}
      {meetings.state === "error" && (
        <ErrorNotice error={meetings.error} onRetry={meetings.reload} />
      )}
      {meetings.state === "ok" && meetings.data.length === 0 && (
        <p className="muted">{t("commission.none")}</p>
      )}
      {meetings.state === "ok" && meetings.data.length > 0 && (
        <table className="data-table commission-meetings">
          <thead>
            <tr>
              <th scope="col">{t("commission.reference")}</th>
              <th scope="col">{t("commission.when")}</th>
              <th scope="col">{t("commission.where")}</th>
              <th scope="col">{t("commission.statusLabel")}</th>
              <th scope="col">{t("commission.agendaCount")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.data.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/commission/${m.id}`}>
                    <bdi className="mono">{m.reference}</bdi>
                  </Link>
                </td>
                <td>
                  <DateTime iso={m.startsAt} />
                </td>
                <td>
                  <TwoLanguageText texts={m.place} compact />
                </td>
                <td>
                  <span className={`badge meeting-${m.status}`}>
                    {t(`commission.status.${m.status}`)}
                  </span>
                </td>
                <td>{m.agendaItems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NewMeetingForm() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState("");
  const [ok, setOk] = useState(false);
  const [placeEn, setPlaceEn] = useState("");
  const [placeAr, setPlaceAr] = useState("");
  const [items, setItems] = useState([{ en: "", ar: "" }]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per submission: a retry after a lost answer schedules the meeting once.
  const [key] = useState(newIdempotencyKey);
  if (!open) {
    return (
      <p>
        <button type="button" className="button primary" onClick={() => setOpen(true)}>
          {t("commission.schedule")}
        </button>
      </p>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startsAt = ok && when ? wallTimeToIso(when, missionTimeZone()) : null;
    if (!startsAt) return;
    setBusy(true);
    setError(null);
    try {
      const m = await post(
        "/commission/meetings",
        {
          startsAt,
          ...(placeEn.trim() ? { placeEn } : {}),
          ...(placeAr.trim() ? { placeAr } : {}),
          agenda: items
            .filter((i) => i.en.trim() || i.ar.trim())
            .map((i) => ({
              ...(i.en.trim() ? { titleEn: i.en } : {}),
              ...(i.ar.trim() ? { titleAr: i.ar } : {}),
            })),
        },
        { headers: { "idempotency-key": key } },
      );
      navigate(`/commission/${m.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="panel form-stack" onSubmit={(e) => void submit(e)}>
      <h2>{t("commission.schedule")}</h2>
      <div className="field">
        <label htmlFor="meeting-when">{t("commission.when")}</label>
        <DateTimeField
          id="meeting-when"
          required
          value={when}
          onChange={(v, acceptable) => {
            setWhen(v);
            setOk(acceptable);
          }}
        />
      </div>
      <TwoLanguageFields
        id="meeting-place"
        labelEn={t("commission.placeEn")}
        labelAr={t("commission.placeAr")}
        value={{ en: placeEn, ar: placeAr }}
        onChange={(v) => {
          setPlaceEn(v.en);
          setPlaceAr(v.ar);
        }}
      />
      <fieldset>
        <legend>{t("commission.agenda")}</legend>
        {items.map((item, n) => (
          <TwoLanguageFields
            key={n}
            id={`agenda-${n}`}
            labelEn={t("commission.itemTitleEn", { n: n + 1 })}
            labelAr={t("commission.itemTitleAr", { n: n + 1 })}
            value={item}
            onChange={(v) => setItems(items.map((x, i) => (i === n ? v : x)))}
          />
        ))}
        <button
          type="button"
          className="button secondary small"
          onClick={() => setItems([...items, { en: "", ar: "" }])}
        >
          {t("commission.addItem")}
        </button>
      </fieldset>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t("commission.scheduleSubmit")}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          {t("commission.cancel")}
        </button>
      </div>
    </form>
  );
}
