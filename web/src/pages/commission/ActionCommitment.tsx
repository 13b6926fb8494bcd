/**
 * An action item that feeds the commitments (decision 0016): the head of mission enters the
 * commitment from the item, prefilled from it (title, obligated party, deadline, the joint body
 * as responsible); the secretariat links a commitment that exists, or unlinks it.
 */
import { useAllCommitments } from "../commitments/all-commitments.js";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { COMMITMENT_TYPES, type CommitmentType } from "../../../../src/domain/commitments.js";
import { get, patch, post } from "../../api/client.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { isoToWallTime } from "../../time/mission-time.js";
import { DayField } from "../../ui/DateFields.js";
import { PartyShort } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { textFor } from "../../../../src/domain/bilingual.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { useJointBodyName } from "./CommissionPage.js";
import type { ActionItem } from "./commission-types.js";
import { Fold } from "./SecretariatForms.js";
import { useSend } from "../../ui/use-send.js";

export function CommitmentFromActionItem({ item: a }: { item: ActionItem }) {
  const { t } = useTranslation();
  const body = useJointBodyName();
  const agreements = useApi(["agreements"], (signal) => get("/agreements", { signal }));
  const parties = useApi(["parties"], (signal) => get("/parties", { signal }).then((r) => r.items));
  const [clause, setClause] = useState("");
  const [type, setType] = useState<CommitmentType>(COMMITMENT_TYPES[0]);
  const [title, setTitle] = useState({ en: a.title.en ?? "", ar: a.title.ar ?? "" });
  const [obliged, setObliged] = useState<string[]>(a.owner.party ? [a.owner.party] : []);
  const [day, setDay] = useState(isoToWallTime(a.deadline, missionTimeZone()).slice(0, 10));
  const [dayOk, setDayOk] = useState(true);
  const [responsible, setResponsible] = useState(body);
  const { error, busy, send } = useSend();
  const provisions =
    agreements.state === "ok" ? agreements.data.items.flatMap((x) => x.provisions) : [];
  const ready = clause && (title.en.trim() || title.ar.trim()) && obliged.length > 0 && dayOk;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    void send((opts) =>
      post(
        `/commission/action-items/${a.id}/commitment`,
        {
          provisionCode: clause,
          type,
          titleEn: title.en,
          titleAr: title.ar,
          obligatedParties: obliged,
          deadline: { date: day },
          responsibleBody: responsible,
        },
        opts,
      ),
    );
  };
  const id = `commit-${a.id}`;
  return (
    <Fold label={t("commission.makeCommitment")}>
      <form className="form-stack" onSubmit={submit}>
        <p className="hint">{t("commission.makeCommitmentHint")}</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-clause`}>{t("commitments.form.clause")}</label>
            <select
              id={`${id}-clause`}
              required
              value={clause}
              onChange={(e) => setClause(e.target.value)}
            >
              <option value="">{t("commitments.form.chooseClause")}</option>
              {provisions.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t("commitments.form.type")}</label>
            <select
              id={`${id}-type`}
              value={type}
              onChange={(e) => setType(e.target.value as CommitmentType)}
            >
              {COMMITMENT_TYPES.map((k) => (
                <option key={k} value={k}>
                  {t(`commitments.type.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TwoLanguageFields
          id={`${id}-title`}
          labelEn={t("commitments.form.titleEn")}
          labelAr={t("commitments.form.titleAr")}
          value={title}
          onChange={setTitle}
        />
        {parties.state === "ok" && (
          <fieldset className="field">
            <legend>{t("commitments.form.parties")}</legend>
            {parties.data.map((p) => (
              <label key={p.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={obliged.includes(p.code)}
                  onChange={(e) =>
                    setObliged((l) =>
                      e.target.checked ? [...l, p.code] : l.filter((x) => x !== p.code),
                    )
                  }
                />{" "}
                <PartyShort code={p.code} />
              </label>
            ))}
          </fieldset>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-day`}>{t("commission.commitmentDay")}</label>
            <DayField
              id={`${id}-day`}
              required
              value={day}
              onChange={(v, acceptable) => {
                setDay(v);
                setDayOk(acceptable);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-body`}>{t("commitments.form.responsibleBody")}</label>
            <input
              id={`${id}-body`}
              dir="auto"
              value={responsible}
              onChange={(e) => setResponsible(e.target.value)}
            />
          </div>
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy || !ready}>
          {t("commission.makeCommitmentSubmit")}
        </button>
      </form>
    </Fold>
  );
}

export function LinkCommitment({ item: a }: { item: ActionItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAllCommitments();
  const [chosen, setChosen] = useState("");
  const { error, busy, send } = useSend();
  const link = (commitmentId: string | null) =>
    void send(() => patch(`/commission/action-items/${a.id}`, { commitmentId }));
  const id = `link-${a.id}`;
  return (
    <Fold label={a.commitmentId ? t("commission.changeLink") : t("commission.linkCommitment")}>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) link(chosen);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-commitment`}>{t("commission.commitmentLabel")}</label>
          <select
            id={`${id}-commitment`}
            required
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
          >
            <option value="" />
            {list.state === "ok" &&
              list.data.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.reference} · {textFor(c.title, lang)?.text ?? ""}
                </option>
              ))}
          </select>
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button primary small" disabled={busy}>
            {t("commission.linkSubmit")}
          </button>
          {a.commitmentId && (
            <button
              type="button"
              className="button secondary small"
              disabled={busy}
              onClick={() => link(null)}
            >
              {t("commission.unlink")}
            </button>
          )}
        </div>
      </form>
    </Fold>
  );
}
