/**
 * Entering a commitment (the chief, analysts): its clause, type, titles in both languages, the
 * parties it obliges, a deadline (a date, or days after an anchor event such as D), what it waits
 * for, and whether the public scoreboard shows it. The server checks everything again (a cycle of
 * dependencies is refused there with the cycle named).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { navigate } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DayField } from "../../ui/DateFields.js";
import { PartyShort } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useApi } from "../../use-api.js";
import { useParties } from "../../parties.js";
import { COMMITMENT_TYPES, type CommitmentType } from "../../../../src/domain/commitments.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";

export function NewCommitmentPage() {
  const { t } = useTranslation();
  const parties = useParties();
  const agreements = useApi(["agreements"], (signal) => get("/agreements", { signal }));
  const anchors = useApi(["commitment-anchors"], (signal) =>
    get("/commitment-anchors", { signal }).then((r) => r.items),
  );
  const existing = useApi(["commitments", "list"], (signal) => get("/commitments", { signal }));
  const [clause, setClause] = useState("");
  const [type, setType] = useState<CommitmentType>("withdrawal");
  const [titleEn, setTitleEn] = useState("");
  const [titleAr, setTitleAr] = useState("");
  const [obliged, setObliged] = useState<string[]>([]);
  const [beneficiaries, setBeneficiaries] = useState("");
  const [deadlineKind, setDeadlineKind] = useState<"date" | "anchor">("anchor");
  const [date, setDate] = useState("");
  const [anchor, setAnchor] = useState("D");
  const [offset, setOffset] = useState("0");
  const [dependsOn, setDependsOn] = useState<string[]>([]);
  const [body, setBody] = useState("");
  const [isPublic, setPublic] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const provisions =
    agreements.state === "ok" ? agreements.data.items.flatMap((a) => a.provisions) : [];
  const deadline =
    deadlineKind === "date"
      ? /^\d{4}-\d{2}-\d{2}$/.test(date)
        ? { date }
        : null
      : anchor && /^-?\d+$/.test(offset)
        ? { anchor, offsetDays: Number(offset) }
        : null;
  const ready = clause && (titleEn.trim() || titleAr.trim()) && obliged.length > 0 && deadline;
  const toggle = (list: string[], v: string, on: boolean) =>
    on ? [...list, v] : list.filter((x) => x !== v);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const c = await post("/commitments", {
        provisionCode: clause,
        type,
        titleEn,
        titleAr,
        obligatedParties: obliged,
        beneficiaries,
        deadline,
        dependsOn,
        responsibleBody: body,
        public: isPublic,
      });
      navigate(`/commitments/${c.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t("commitments.form.title")}</PageTitle>
      <form onSubmit={(e) => void submit(e)} className="commitment-form" noValidate>
        <div className="field">
          <label htmlFor="c-clause">{t("commitments.form.clause")}</label>
          <select id="c-clause" value={clause} onChange={(e) => setClause(e.target.value)}>
            <option value="">{t("commitments.form.chooseClause")}</option>
            {provisions.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-type">{t("commitments.form.type")}</label>
          <select
            id="c-type"
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
        <TwoLanguageFields
          id="c-title"
          labelEn={t("commitments.form.titleEn")}
          labelAr={t("commitments.form.titleAr")}
          value={{ en: titleEn, ar: titleAr }}
          onChange={(v) => {
            setTitleEn(v.en);
            setTitleAr(v.ar);
          }}
        />
        <fieldset className="field">
          <legend>{t("commitments.form.parties")}</legend>
          {parties.map((p) => (
            <label key={p.code} className="checkbox">
              <input
                type="checkbox"
                checked={obliged.includes(p.code)}
                onChange={(e) => setObliged((l) => toggle(l, p.code, e.target.checked))}
              />{" "}
              <PartyShort code={p.code} />
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="c-beneficiaries">{t("commitments.form.beneficiaries")}</label>
          <input
            id="c-beneficiaries"
            dir="auto"
            value={beneficiaries}
            onChange={(e) => setBeneficiaries(e.target.value)}
          />
        </div>
        <fieldset className="field">
          <legend>{t("commitments.form.deadlineKind")}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="deadline-kind"
              checked={deadlineKind === "anchor"}
              onChange={() => setDeadlineKind("anchor")}
            />{" "}
            {t("commitments.form.byAnchor")}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="deadline-kind"
              checked={deadlineKind === "date"}
              onChange={() => setDeadlineKind("date")}
            />{" "}
            {t("commitments.form.byDate")}
          </label>
          {deadlineKind === "date" ? (
            <div className="field">
              <label htmlFor="c-date">{t("commitments.form.date")}</label>
              <DayField id="c-date" value={date} onChange={(v) => setDate(v)} />
            </div>
          ) : (
            <div className="field-row">
              <div className="field">
                <label htmlFor="c-anchor">{t("commitments.form.anchor")}</label>
                <select id="c-anchor" value={anchor} onChange={(e) => setAnchor(e.target.value)}>
                  {anchors.state === "ok" &&
                    anchors.data.map((a) => (
                      <option key={a.code} value={a.code}>
                        {a.code}
                      </option>
                    ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="c-offset">{t("commitments.form.offset")}</label>
                <input
                  id="c-offset"
                  inputMode="numeric"
                  dir="ltr"
                  size={6}
                  value={offset}
                  onChange={(e) => setOffset(e.target.value.trim())}
                />
              </div>
            </div>
          )}
        </fieldset>
        <fieldset className="field">
          <legend>{t("commitments.form.dependsOn")}</legend>
          {existing.state === "ok" && existing.data.items.length === 0 && (
            <p className="muted">{t("commitments.none")}</p>
          )}
          {existing.state === "ok" &&
            existing.data.items.map((c) => (
              <label key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={dependsOn.includes(c.id)}
                  onChange={(e) => setDependsOn((l) => toggle(l, c.id, e.target.checked))}
                />{" "}
                <bdi>{c.reference}</bdi> <TwoLanguageText texts={c.title} compact />
              </label>
            ))}
        </fieldset>
        <div className="field">
          <label htmlFor="c-body">{t("commitments.form.responsibleBody")}</label>
          <input id="c-body" dir="auto" value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />{" "}
          {t("commitments.form.public")}
        </label>
        {!ready && <p className="hint">{t("commitments.form.need")}</p>}
        <button type="submit" className="button primary" disabled={busy || !ready}>
          {t("commitments.form.submit")}
        </button>
        {error !== null && <ErrorNotice error={error} />}
      </form>
    </>
  );
}
