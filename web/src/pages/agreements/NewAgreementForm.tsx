/**
 * A new agreement typed in the browser (chief, administrator): its code, titles in both
 * languages, dates, authoritative language, and its provisions added one by one, each in both
 * languages with the parties it obliges. Sent at once (POST /agreements); each provision is then
 * at version 1.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { useParties } from "../../parties.js";
import { dayStartIso, wallTimeToIso } from "../../time/mission-time.js";
import { DateTimeField, DayField } from "../../ui/DateFields.js";
import { PartyShort } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";

interface DraftProvision {
  key: number;
  code: string;
  textEn: string;
  textAr: string;
  obligatedParties: string[];
}

interface Typed {
  value: string;
  ok: boolean;
}

let nextKey = 1;
const emptyProvision = (): DraftProvision => ({
  key: nextKey++,
  code: "",
  textEn: "",
  textAr: "",
  obligatedParties: [],
});

export function NewAgreementForm({ onCreated }: { onCreated: (code: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button primary" onClick={() => setOpen(true)}>
          {t("agreementsAdmin.create.open")}
        </button>
      </p>
    );
  }
  return (
    <CreateForm
      onCancel={() => setOpen(false)}
      onCreated={(code) => {
        setOpen(false);
        onCreated(code);
      }}
    />
  );
}

function CreateForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (code: string) => void;
}) {
  const { t } = useTranslation();
  const parties = useParties();
  const [code, setCode] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [titleAr, setTitleAr] = useState("");
  const [signed, setSigned] = useState<Typed>({ value: "", ok: true });
  const [inForce, setInForce] = useState<Typed>({ value: "", ok: false });
  const [authoritative, setAuthoritative] = useState<"en" | "ar">("en");
  const [provisions, setProvisions] = useState<DraftProvision[]>(() => [emptyProvision()]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const change = (key: number, patch: Partial<DraftProvision>) =>
    setProvisions((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const zone = missionTimeZone();
    const entryIntoForce = inForce.ok && inForce.value ? wallTimeToIso(inForce.value, zone) : null;
    const signedAt = signed.value ? dayStartIso(signed.value, zone) : null;
    if (!entryIntoForce || !signed.ok || (signed.value && !signedAt)) {
      setProblem(t("agreementsAdmin.create.needDates"));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await post("/agreements", {
        code: code.trim(),
        titleEn,
        titleAr,
        signedAt,
        entryIntoForce,
        authoritativeLanguage: authoritative,
        provisions: provisions.map((p) => ({
          code: p.code.trim(),
          textEn: p.textEn,
          textAr: p.textAr,
          obligatedParties: p.obligatedParties,
        })),
      });
      onCreated(code.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-agreement-title" className="new-agreement">
      <h2 id="new-agreement-title">{t("agreementsAdmin.create.title")}</h2>
      <p className="muted">{t("agreementsAdmin.create.intro")}</p>
      <form className="form-stack" onSubmit={(e) => void send(e)}>
        <div className="field field-wide">
          <label htmlFor="new-agreement-code">{t("agreementsAdmin.code")}</label>
          <input
            id="new-agreement-code"
            dir="ltr"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="new-agreement-title-en">{t("agreementsAdmin.create.titleEn")}</label>
          <input
            id="new-agreement-title-en"
            dir="ltr"
            lang="en"
            required
            value={titleEn}
            onChange={(e) => setTitleEn(e.target.value)}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="new-agreement-title-ar">{t("agreementsAdmin.create.titleAr")}</label>
          <input
            id="new-agreement-title-ar"
            dir="rtl"
            lang="ar"
            required
            value={titleAr}
            onChange={(e) => setTitleAr(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-agreement-signed">{t("agreementsAdmin.create.signedAt")}</label>
          <DayField
            id="new-agreement-signed"
            value={signed.value}
            onChange={(value, ok) => setSigned({ value, ok })}
            describedBy="new-agreement-signed-hint"
          />
          <span id="new-agreement-signed-hint" className="hint">
            {t("agreementsAdmin.create.signedHint")}
          </span>
        </div>
        <div className="field">
          <label htmlFor="new-agreement-in-force">
            {t("agreementsAdmin.create.entryIntoForce")}
          </label>
          <DateTimeField
            id="new-agreement-in-force"
            required
            value={inForce.value}
            onChange={(value, ok) => setInForce({ value, ok })}
          />
        </div>
        <div className="field">
          <label htmlFor="new-agreement-language">
            {t("agreementsAdmin.create.authoritativeLanguage")}
          </label>
          <select
            id="new-agreement-language"
            value={authoritative}
            onChange={(e) => setAuthoritative(e.target.value as "en" | "ar")}
          >
            <option value="en">{t("language.en")}</option>
            <option value="ar">{t("language.ar")}</option>
          </select>
        </div>
        <ol className="provision-list new-provisions">
          {provisions.map((p, n) => (
            <li key={p.key} className="provision new-provision">
              <fieldset>
                <legend>{t("agreementsAdmin.create.provisionN", { n: n + 1 })}</legend>
                <div className="field field-wide">
                  <label htmlFor={`new-provision-${p.key}-code`}>{t("agreementsAdmin.code")}</label>
                  <input
                    id={`new-provision-${p.key}-code`}
                    dir="ltr"
                    required
                    value={p.code}
                    onChange={(e) => change(p.key, { code: e.target.value })}
                  />
                </div>
                <div className="field field-wide">
                  <label htmlFor={`new-provision-${p.key}-en`}>{t("agreementsAdmin.textEn")}</label>
                  <textarea
                    id={`new-provision-${p.key}-en`}
                    rows={3}
                    dir="ltr"
                    lang="en"
                    value={p.textEn}
                    onChange={(e) => change(p.key, { textEn: e.target.value })}
                  />
                </div>
                <div className="field field-wide">
                  <label htmlFor={`new-provision-${p.key}-ar`}>{t("agreementsAdmin.textAr")}</label>
                  <textarea
                    id={`new-provision-${p.key}-ar`}
                    rows={3}
                    dir="rtl"
                    lang="ar"
                    value={p.textAr}
                    onChange={(e) => change(p.key, { textAr: e.target.value })}
                  />
                </div>
                <fieldset className="party-choices">
                  <legend>{t("agreementsAdmin.parties")}</legend>
                  {parties.map((party) => (
                    <label key={party.code} className="choice">
                      <input
                        type="checkbox"
                        value={party.code}
                        checked={p.obligatedParties.includes(party.code)}
                        onChange={(e) =>
                          change(p.key, {
                            obligatedParties: e.target.checked
                              ? [...p.obligatedParties, party.code]
                              : p.obligatedParties.filter((c) => c !== party.code),
                          })
                        }
                      />{" "}
                      <PartyShort code={party.code} />
                    </label>
                  ))}
                </fieldset>
                {provisions.length > 1 && (
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => setProvisions((ps) => ps.filter((x) => x.key !== p.key))}
                  >
                    {t("agreementsAdmin.create.removeProvision")}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => setProvisions((ps) => [...ps, emptyProvision()])}
          >
            {t("agreementsAdmin.create.addProvision")}
          </button>
        </p>
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        {error !== null && <ErrorNotice error={error} />}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("agreementsAdmin.saving") : t("agreementsAdmin.create.submit")}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("agreementsAdmin.create.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
