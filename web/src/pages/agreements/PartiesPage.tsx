/**
 * The parties and delegations page (administrator): each party's names and map colour, edited
 * (the code never changes), a party added, and each party's delegation to the joint body — its
 * members, chosen among the party's commission members and liaisons, and its head.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerAt } from "../../api/answers.js";
import { get, patch, post, put } from "../../api/client.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { Party as PartyName } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";

type Party = AnswerAt<"/parties", "get">["items"][number];
type Delegation = AnswerAt<"/delegations", "get">["items"][number];

export function PartiesPage() {
  const { t } = useTranslation();
  const parties = useApi(["parties"], (signal) => get("/parties", { signal }).then((r) => r.items));
  const delegations = useApi(["delegations"], (signal) =>
    get("/delegations", { signal }).then((r) => r.items),
  );
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t("partiesAdmin.title")}</PageTitle>
      <p className="muted">{t("partiesAdmin.intro")}</p>
      {parties.state === "loading" && <Loading />}
      {parties.state === "error" && <ErrorNotice error={parties.error} onRetry={parties.reload} />}
      {parties.state === "ok" && (
        <ul className="party-cards">
          {parties.data.map((p) => (
            <li key={p.code} className="party-card">
              <p>
                <span
                  className="party-swatch"
                  style={{ backgroundColor: p.colour }}
                  aria-hidden="true"
                />{" "}
                <bdi className="mono">{p.code}</bdi> <PartyName code={p.code} />
              </p>
              <p className="muted party-language">
                {t("agreementsAdmin.authoritative", {
                  lang: t(p.authoritativeLanguage === "ar" ? "language.ar" : "language.en"),
                })}
              </p>
              {editing === p.code ? (
                <PartyForm party={p} onDone={() => setEditing(null)} />
              ) : (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setEditing(p.code)}
                >
                  {t("partiesAdmin.edit")}
                  <span className="visually-hidden"> {p.code}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="add-party">
        <summary>{t("partiesAdmin.add")}</summary>
        <PartyForm onDone={() => parties.reload()} />
      </details>
      <h2>{t("partiesAdmin.delegations")}</h2>
      {delegations.state === "loading" && <Loading />}
      {delegations.state === "error" && (
        <ErrorNotice error={delegations.error} onRetry={delegations.reload} />
      )}
      {delegations.state === "ok" &&
        delegations.data.map((d) => <DelegationForm key={d.party} delegation={d} />)}
    </>
  );
}

/** A party's names and colour; without `party`, a new party (with its code). */
function PartyForm({ party, onDone }: { party?: Party; onDone: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    code: party?.code ?? "",
    nameEn: party?.nameEn ?? "",
    nameAr: party?.nameAr ?? "",
    shortEn: party?.shortEn ?? "",
    shortAr: party?.shortAr ?? "",
    colour: party?.colour ?? "#666666",
    authoritativeLanguage: party?.authoritativeLanguage ?? "en",
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = party ? `party-${party.code}` : "party-new";
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const fields = {
      nameEn: v.nameEn,
      nameAr: v.nameAr,
      shortEn: v.shortEn || null,
      shortAr: v.shortAr || null,
      colour: v.colour,
      authoritativeLanguage: v.authoritativeLanguage,
    };
    try {
      if (party) await patch(`/parties/${party.code}`, fields);
      else await post("/parties", { code: v.code, ...fields });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const input = (
    key: Exclude<keyof typeof v, "authoritativeLanguage">,
    dir: "ltr" | "rtl" | "auto",
    type = "text",
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`partiesAdmin.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        dir={dir}
        value={v[key]}
        onChange={(e) => setV({ ...v, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="form-grid party-form" onSubmit={(e) => void send(e)}>
      {!party && input("code", "ltr")}
      {input("nameEn", "ltr")}
      {input("nameAr", "rtl")}
      {input("shortEn", "ltr")}
      {input("shortAr", "rtl")}
      {input("colour", "ltr", "color")}
      <div className="field">
        <label htmlFor={`${id}-authoritativeLanguage`}>
          {t("partiesAdmin.authoritativeLanguage")}
        </label>
        <select
          id={`${id}-authoritativeLanguage`}
          value={v.authoritativeLanguage}
          onChange={(e) => setV({ ...v, authoritativeLanguage: e.target.value as "en" | "ar" })}
        >
          <option value="en">{t("language.en")}</option>
          <option value="ar">{t("language.ar")}</option>
        </select>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy
            ? t("partiesAdmin.saving")
            : party
              ? t("partiesAdmin.save")
              : t("partiesAdmin.addSubmit")}
        </button>
        {party && (
          <button type="button" className="button secondary" onClick={onDone}>
            {t("partiesAdmin.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function DelegationForm({ delegation: d }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState(new Set(d.members.map((m) => m.id)));
  const [head, setHead] = useState(d.head?.id ?? "");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The members already named, and whoever else could be (an administrator is told both).
  const people = [...d.members, ...d.eligible.filter((e) => !d.members.some((m) => m.id === e.id))];
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await put(`/delegations/${d.party}`, {
        memberIds: [...members],
        headUserId: head && members.has(head) ? head : null,
      });
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string) => {
    const next = new Set(members);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setMembers(next);
  };
  return (
    <section className="delegation" aria-labelledby={`delegation-${d.party}`}>
      <h3 id={`delegation-${d.party}`}>
        {t("partiesAdmin.delegationOf", { party: "" })}
        <PartyName code={d.party} />
      </h3>
      {people.length === 0 ? (
        <p className="muted">{t("partiesAdmin.eligibleNone")}</p>
      ) : (
        <form className="form-stack" onSubmit={(e) => void send(e)}>
          <fieldset>
            <legend>{t("partiesAdmin.members")}</legend>
            {people.map((u) => (
              <label key={u.id} className="checkbox">
                <input type="checkbox" checked={members.has(u.id)} onChange={() => toggle(u.id)} />{" "}
                <bdi>{u.displayName}</bdi> (<bdi className="mono">{u.username}</bdi>,{" "}
                {t(`user.roles.${u.role as "commission"}`)})
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`head-${d.party}`}>{t("partiesAdmin.head")}</label>
            <select id={`head-${d.party}`} value={head} onChange={(e) => setHead(e.target.value)}>
              <option value="">{t("partiesAdmin.noHead")}</option>
              {people
                .filter((u) => members.has(u.id))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName}
                  </option>
                ))}
            </select>
          </div>
          {error !== null && <ErrorNotice error={error} />}
          {saved && (
            <p className="notice notice-success" role="status">
              {t("partiesAdmin.saved")}
            </p>
          )}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("partiesAdmin.saving") : t("partiesAdmin.saveDelegation")}
          </button>
        </form>
      )}
    </section>
  );
}
