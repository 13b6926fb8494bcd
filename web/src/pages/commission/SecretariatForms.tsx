/** The chair's and the head of mission's forms on a meeting's page (decision 0016). */
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { get, patch, post, put } from "../../api/client.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { partyName, useParties } from "../../parties.js";
import { isoToWallTime, wallTimeToIso } from "../../time/mission-time.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { textFor } from "../../../../src/domain/bilingual.js";
import { AGENDA_SUBJECT_KINDS, type AgendaSubjectKind } from "../../../../src/domain/commission.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import type { Meeting } from "./commission-types.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { useSend } from "../../ui/use-send.js";

export function Fold({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="secretariat-form">
      <summary>{label}</summary>
      {children}
    </details>
  );
}

const optional = (en: string, ar: string, keyEn: string, keyAr: string) => ({
  ...(en.trim() ? { [keyEn]: en } : {}),
  ...(ar.trim() ? { [keyAr]: ar } : {}),
});

export function AgendaItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState({ en: "", ar: "" });
  const [kind, setKind] = useState<AgendaSubjectKind | "">("");
  const [subjectId, setSubjectId] = useState("");
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      (opts) =>
        post(
          `/commission/meetings/${meetingId}/agenda`,
          {
            ...optional(title.en, title.ar, "titleEn", "titleAr"),
            ...(kind && subjectId.trim() ? { subject: { kind, id: subjectId.trim() } } : {}),
          },
          opts,
        ),
      () => {
        setTitle({ en: "", ar: "" });
        setKind("");
        setSubjectId("");
      },
    );
  };
  return (
    <Fold label={t("commission.addItem")}>
      <form className="form-stack" onSubmit={submit}>
        <TwoLanguageFields
          id="new-item"
          labelEn={t("commission.titleEn")}
          labelAr={t("commission.titleAr")}
          value={title}
          onChange={setTitle}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-item-kind">{t("commission.subjectKindLabel")}</label>
            <select
              id="new-item-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as AgendaSubjectKind | "")}
            >
              <option value="">{t("commission.noSubject")}</option>
              {AGENDA_SUBJECT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`commission.subjectKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {kind && (
            <div className="field">
              <label htmlFor="new-item-subject">{t("commission.subjectId")}</label>
              <input
                id="new-item-subject"
                dir="ltr"
                className="mono"
                required
                value={subjectId}
                aria-describedby="new-item-subject-hint"
                onChange={(e) => setSubjectId(e.target.value)}
              />
              <p id="new-item-subject-hint" className="hint">
                {t("commission.subjectHint")}
              </p>
            </div>
          )}
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.addItem")}
        </button>
      </form>
    </Fold>
  );
}

/**
 * A planned meeting given a new time or place: both delegations, the chair, the chief and the
 * liaisons are told (the server announces the move; a change to nothing announces nothing).
 */
export function MoveMeetingForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [when, setWhen] = useState(() => isoToWallTime(meeting.startsAt, missionTimeZone()));
  const [ok, setOk] = useState(true);
  const [place, setPlace] = useState({ en: meeting.place.en ?? "", ar: meeting.place.ar ?? "" });
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const startsAt = ok && when ? wallTimeToIso(when, missionTimeZone()) : null;
    if (!startsAt) return;
    void send(() =>
      patch(`/commission/meetings/${meeting.id}`, {
        startsAt,
        placeEn: place.en.trim() ? place.en : null,
        placeAr: place.ar.trim() ? place.ar : null,
      }),
    );
  };
  return (
    <Fold label={t("commission.move")}>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="move-when">{t("commission.when")}</label>
          <DateTimeField
            id="move-when"
            required
            value={when}
            onChange={(v, acceptable) => {
              setWhen(v);
              setOk(acceptable);
            }}
          />
        </div>
        <TwoLanguageFields
          id="move-place"
          labelEn={t("commission.placeEn")}
          labelAr={t("commission.placeAr")}
          value={place}
          onChange={setPlace}
        />
        <p className="hint">{t("commission.moveHint")}</p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.moveSubmit")}
        </button>
      </form>
    </Fold>
  );
}

export function DecisionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [item, setItem] = useState(meeting.agenda[0]?.id ?? "");
  const [text, setText] = useState({ en: "", ar: "" });
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      (opts) =>
        post(
          `/commission/meetings/${meeting.id}/decisions`,
          { agendaItemId: item, textEn: text.en, textAr: text.ar },
          opts,
        ),
      () => setText({ en: "", ar: "" }),
    );
  };
  return (
    <Fold label={t("commission.propose")}>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="decision-item">{t("commission.onItem")}</label>
          <select id="decision-item" value={item} onChange={(e) => setItem(e.target.value)}>
            {meeting.agenda.map((i) => (
              <option key={i.id} value={i.id}>
                {i.position}. {textFor(i.title, lang)?.text ?? ""}
              </option>
            ))}
          </select>
        </div>
        <TwoLanguageFields
          id="decision-text"
          labelEn={t("commission.textEn")}
          labelAr={t("commission.textAr")}
          value={text}
          onChange={setText}
          rows={4}
        />
        <p className="hint">{t("commission.proposeHint")}</p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.propose")}
        </button>
      </form>
    </Fold>
  );
}

export function MinutesForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [text, setText] = useState({
    en: meeting.minutes?.en ?? "",
    ar: meeting.minutes?.ar ?? "",
  });
  const { error, busy, send } = useSend();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void send(() =>
      put(`/commission/meetings/${meeting.id}/minutes`, {
        en: text.en.trim() ? text.en : null,
        ar: text.ar.trim() ? text.ar : null,
      }),
    );
  };
  return (
    <Fold label={t("commission.draftMinutes")}>
      <form className="form-stack" onSubmit={save}>
        <TwoLanguageFields
          id="minutes"
          labelEn={t("commission.minutesEn")}
          labelAr={t("commission.minutesAr")}
          value={text}
          onChange={setText}
          rows={4}
        />
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button secondary small" disabled={busy}>
            {t("commission.saveMinutes")}
          </button>
          {(meeting.minutes?.en || meeting.minutes?.ar) && (
            <button
              type="button"
              className="button primary small"
              disabled={busy}
              onClick={() =>
                void send(() => post(`/commission/meetings/${meeting.id}/minutes/share`))
              }
            >
              {t("commission.shareMinutes")}
            </button>
          )}
        </div>
        <p className="hint">{t("commission.shareHint")}</p>
      </form>
    </Fold>
  );
}

/**
 * Everyone who may attend, each once (GET /commission/attendees): both delegations' members, the
 * joint body's chairs and the heads of mission — so the chair and the chief are recorded together
 * whoever keeps the record.
 */
export function AttendanceForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const attendees = useApi(["commission", "attendees"], (signal) =>
    get("/commission/attendees", { signal }).then((r) => r.items),
  );
  const [status, setStatus] = useState<Record<string, "present" | "absent" | "excused">>(() =>
    Object.fromEntries(meeting.attendance.map((a) => [a.userId, a.status])),
  );
  const { error, busy, send } = useSend();
  if (attendees.state === "error")
    return <ErrorNotice error={attendees.error} onRetry={attendees.reload} />;
  if (attendees.state !== "ok") return null;
  const people = attendees.data;
  const seat = (p: (typeof people)[number]) =>
    p.seat === "delegate" && p.party
      ? t("commission.seat.delegate", { party: partyName(parties, p.party, lang) })
      : t(`commission.seat.${p.seat === "chief" ? "chief" : "chair"}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const entries = people
      .filter((p) => status[p.id])
      .map((p) => ({ userId: p.id, status: status[p.id]! }));
    if (entries.length > 0)
      void send(() => put(`/commission/meetings/${meeting.id}/attendance`, { entries }));
  };
  return (
    <Fold label={t("commission.recordAttendance")}>
      <form className="form-stack" onSubmit={submit}>
        {people.map((p) => (
          <div className="field" key={p.id} data-seat={p.seat}>
            <label htmlFor={`att-${p.id}`}>
              <bdi>{p.name}</bdi> <span className="muted">({seat(p)})</span>
            </label>
            <select
              id={`att-${p.id}`}
              value={status[p.id] ?? ""}
              onChange={(e) => setStatus({ ...status, [p.id]: e.target.value as "present" })}
            >
              <option value="">{t("commission.notRecorded")}</option>
              {(["present", "absent", "excused"] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`commission.attendanceStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.saveAttendance")}
        </button>
      </form>
    </Fold>
  );
}

export function ActionItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState({ en: "", ar: "" });
  const [owner, setOwner] = useState<"mission" | "party" | "delegation">("mission");
  const [party, setParty] = useState("");
  const [deadline, setDeadline] = useState("");
  const [ok, setOk] = useState(false);
  const parties = useApi(["parties"], (signal) => get("/parties", { signal }).then((r) => r.items));
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = ok && deadline ? wallTimeToIso(deadline, missionTimeZone()) : null;
    if (!iso) return;
    void send(
      (opts) =>
        post(
          `/commission/meetings/${meetingId}/action-items`,
          {
            ...optional(title.en, title.ar, "titleEn", "titleAr"),
            owner: owner === "mission" ? { kind: owner } : { kind: owner, party },
            deadline: iso,
          },
          opts,
        ),
      () => setTitle({ en: "", ar: "" }),
    );
  };
  return (
    <Fold label={t("commission.addActionItem")}>
      <form className="form-stack" onSubmit={submit}>
        <TwoLanguageFields
          id="action"
          labelEn={t("commission.titleEn")}
          labelAr={t("commission.titleAr")}
          value={title}
          onChange={setTitle}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor="action-owner">{t("commission.ownerLabel")}</label>
            <select
              id="action-owner"
              value={owner}
              onChange={(e) => setOwner(e.target.value as "mission")}
            >
              {(["mission", "party", "delegation"] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`commission.owner.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {owner !== "mission" && parties.state === "ok" && (
            <div className="field">
              <label htmlFor="action-party">{t("commission.party")}</label>
              <select
                id="action-party"
                required
                value={party}
                onChange={(e) => setParty(e.target.value)}
              >
                <option value="" />
                {parties.data.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="action-deadline">{t("commission.deadline")}</label>
          <DateTimeField
            id="action-deadline"
            required
            value={deadline}
            onChange={(v, acceptable) => {
              setDeadline(v);
              setOk(acceptable);
            }}
          />
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.addActionItem")}
        </button>
      </form>
    </Fold>
  );
}
