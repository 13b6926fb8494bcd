/**
 * A meeting's action items: who owes what by when, its status (and why it was cancelled), and
 * the commitment it became with that commitment's own status (met, overdue…). The chair and the
 * head of mission edit an item here; the head of mission turns it into a commitment, the
 * secretariat links one that exists (decision 0016).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, patch } from "../../api/client.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { isoToWallTime, wallTimeToIso } from "../../time/mission-time.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { CommitmentStatusBadge } from "../commitments/commitment-bits.js";
import { CommitmentFromActionItem, LinkCommitment } from "./ActionCommitment.js";
import type { ActionItem } from "./commission-types.js";
import { useSend } from "../../ui/use-send.js";

const OWNER_KINDS = ["mission", "party", "delegation"] as const;
const STATUSES = ["open", "in_progress", "done", "cancelled"] as const;

export function ActionItems({ items, keeper }: { items: ActionItem[]; keeper: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t("commission.noActionItems")}</p>;
  return (
    <ul className="action-items">
      {items.map((a) => (
        <ActionItemRow key={a.id} item={a} keeper={keeper} />
      ))}
    </ul>
  );
}

function ActionItemRow({ item: a, keeper }: { item: ActionItem; keeper: boolean }) {
  const { t } = useTranslation();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  return (
    <li className={`action-item action-${a.status}`} id={`action-${a.id}`}>
      <TwoLanguageText texts={a.title} as="strong" />
      <p>
        {t(`commission.owner.${a.owner.kind}`)}
        {a.owner.party && (
          <>
            {" "}
            <Party code={a.owner.party} />
          </>
        )}
        {" · "}
        {t("commission.deadline")} <DateTime iso={a.deadline} />
        {" · "}
        <span className={`badge action-status-${a.status}`}>
          {t(`commission.actionStatus.${a.status}`)}
        </span>
      </p>
      {a.statusReason && (
        <p className="muted">
          {t("commission.statusReason")} <bdi dir="auto">{a.statusReason}</bdi>
        </p>
      )}
      {a.commitment && (
        <p className="action-commitment">
          {t("commission.becameCommitment")}{" "}
          <Link to={`/commitments/${a.commitment.id}`}>
            <bdi className="mono">{a.commitment.reference}</bdi>
          </Link>{" "}
          <TwoLanguageText texts={a.commitment.title} compact />{" "}
          <CommitmentStatusBadge status={a.commitment.status} />
        </p>
      )}
      {keeper && !editing && (
        <div className="form-actions">
          <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
            {t("commission.editActionItem")}
          </button>
        </div>
      )}
      {keeper && editing && <EditActionItem item={a} onClose={() => setEditing(false)} />}
      {keeper && !a.commitmentId && a.status !== "cancelled" && can.editCommitments(user) && (
        <CommitmentFromActionItem item={a} />
      )}
      {keeper && <LinkCommitment item={a} />}
    </li>
  );
}

function EditActionItem({ item: a, onClose }: { item: ActionItem; onClose: () => void }) {
  const { t } = useTranslation();
  const zone = missionTimeZone();
  const [title, setTitle] = useState({ en: a.title.en ?? "", ar: a.title.ar ?? "" });
  const [owner, setOwner] = useState<(typeof OWNER_KINDS)[number]>(a.owner.kind);
  const [party, setParty] = useState(a.owner.party ?? "");
  const [deadline, setDeadline] = useState(isoToWallTime(a.deadline, zone));
  const [deadlineOk, setDeadlineOk] = useState(true);
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(a.status);
  const [reason, setReason] = useState("");
  const parties = useApi(["parties"], (signal) => get("/parties", { signal }).then((r) => r.items));
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = deadlineOk && deadline ? wallTimeToIso(deadline, zone) : null;
    if (!iso) return;
    void send(
      () =>
        patch(`/commission/action-items/${a.id}`, {
          titleEn: title.en.trim() ? title.en : null,
          titleAr: title.ar.trim() ? title.ar : null,
          owner: owner === "mission" ? { kind: owner } : { kind: owner, party },
          deadline: iso,
          ...(status !== a.status ? { status } : {}),
          ...(reason.trim() ? { reason } : {}),
        }),
      onClose,
    );
  };
  const id = `edit-${a.id}`;
  return (
    <form className="form-stack panel" onSubmit={submit}>
      <TwoLanguageFields
        id={`${id}-title`}
        labelEn={t("commission.titleEn")}
        labelAr={t("commission.titleAr")}
        value={title}
        onChange={setTitle}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("commission.ownerLabel")}</label>
          <select
            id={`${id}-owner`}
            value={owner}
            onChange={(e) => setOwner(e.target.value as typeof owner)}
          >
            {OWNER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`commission.owner.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {owner !== "mission" && parties.state === "ok" && (
          <div className="field">
            <label htmlFor={`${id}-party`}>{t("commission.party")}</label>
            <select
              id={`${id}-party`}
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
        <label htmlFor={`${id}-deadline`}>{t("commission.deadline")}</label>
        <DateTimeField
          id={`${id}-deadline`}
          required
          value={deadline}
          onChange={(v, acceptable) => {
            setDeadline(v);
            setDeadlineOk(acceptable);
          }}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("commission.statusLabel")}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`commission.actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("commission.reason")}</label>
          <input
            id={`${id}-reason`}
            dir="auto"
            required={status === "cancelled" && status !== a.status}
            value={reason}
            aria-describedby={`${id}-reason-hint`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-reason-hint`} className="hint">
            {t("commission.reasonHint")}
          </p>
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.saveActionItem")}
        </button>
        <button type="button" className="button secondary small" onClick={onClose}>
          {t("commission.cancel")}
        </button>
      </div>
    </form>
  );
}
