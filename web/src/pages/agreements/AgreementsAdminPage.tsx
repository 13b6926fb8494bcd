/**
 * The agreements page (chief, administrator): each agreement with its provisions as in force,
 * each provision's wordings (never overwritten), a new wording or a retirement with its reason,
 * a provision added, and the import of a mission profile's agreements.json with its problems by
 * line.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerAt } from "../../api/answers.js";
import { get, post } from "../../api/client.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime, PartyList } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { ImportForm } from "./ImportForm.js";
import { NewAgreementForm } from "./NewAgreementForm.js";

type Agreement = AnswerAt<"/agreements", "get">["items"][number];
type Provision = Agreement["provisions"][number];

export function AgreementsAdminPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  const agreements = useApi(["agreements"], (signal) =>
    get("/agreements", { signal }).then((r) => r.items),
  );
  return (
    <>
      <PageTitle>{t("agreementsAdmin.title")}</PageTitle>
      <p className="muted">{t("agreementsAdmin.intro")}</p>
      <NewAgreementForm
        onCreated={(code) => {
          setCreated(code);
          agreements.reload();
        }}
      />
      {created && (
        <p className="notice notice-success" role="status">
          {t("agreementsAdmin.create.created", { code: created })}
        </p>
      )}
      {agreements.state === "loading" && <Loading />}
      {agreements.state === "error" && (
        <ErrorNotice error={agreements.error} onRetry={agreements.reload} />
      )}
      {agreements.state === "ok" && agreements.data.length === 0 && (
        <p className="notice notice-info">{t("agreementsAdmin.none")}</p>
      )}
      {agreements.state === "ok" &&
        agreements.data.map((a) => (
          <AgreementSection key={a.id} agreement={a} onChanged={agreements.reload} />
        ))}
      <ImportForm onImported={agreements.reload} />
    </>
  );
}

function AgreementSection({
  agreement: a,
  onChanged,
}: {
  agreement: Agreement;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [adding, setAdding] = useState(false);
  const title = lang === "ar" ? a.titleAr || a.titleEn : a.titleEn || a.titleAr;
  return (
    <section className="agreement" aria-labelledby={`agreement-${a.id}`}>
      <h2 id={`agreement-${a.id}`}>
        <bdi dir="auto">{title}</bdi> <bdi className="mono muted">{a.code}</bdi>
      </h2>
      <p className="muted">
        {a.signedAt ? (
          <>
            {t("agreementsAdmin.signed", { date: "" })}
            <DateTime iso={a.signedAt} />
          </>
        ) : (
          t("agreementsAdmin.notSigned")
        )}
        {" · "}
        {t("agreementsAdmin.inForce", { date: "" })}
        <DateTime iso={a.entryIntoForce} />
        {" · "}
        {t("agreementsAdmin.authoritative", {
          lang: t(a.authoritativeLanguage === "ar" ? "language.ar" : "language.en"),
        })}
      </p>
      <ol className="provision-list">
        {a.provisions.map((p) => (
          <ProvisionItem key={p.id} provision={p} onChanged={onChanged} />
        ))}
      </ol>
      {adding ? (
        <ProvisionForm
          agreementId={a.id}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : (
        <button type="button" className="button secondary" onClick={() => setAdding(true)}>
          {t("agreementsAdmin.add")}
        </button>
      )}
    </section>
  );
}

/** A text in both languages: the reader's first, the other below; a missing one is said so. */
function BilingualText({ en, ar }: { en: string; ar: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const order = lang === "ar" ? (["ar", "en"] as const) : (["en", "ar"] as const);
  return (
    <>
      {order.map((l) => {
        const text = l === "ar" ? ar : en;
        return text ? (
          <p key={l} lang={l} dir={l === "ar" ? "rtl" : "ltr"} className="provision-text">
            {text}
          </p>
        ) : (
          <p key={l} className="muted missing-translation">
            {t("agreementsAdmin.missingTranslation", {
              lang: t(l === "ar" ? "language.ar" : "language.en"),
            })}
          </p>
        );
      })}
    </>
  );
}

function ProvisionItem({
  provision: p,
  onChanged,
}: {
  provision: Provision;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"history" | "revise" | "retire" | null>(null);
  const toggle = (what: typeof open) => setOpen((o) => (o === what ? null : what));
  return (
    <li className={`provision${p.retiredAt ? " provision-retired" : ""}`}>
      <p className="provision-head">
        <bdi className="mono">{p.code}</bdi>{" "}
        <span className="badge">{t("agreementsAdmin.version", { n: p.version })}</span>
        {p.retiredAt && (
          <span className="badge">
            {t("agreementsAdmin.retiredBecause", { reason: p.retiredReason ?? "" })}
          </span>
        )}
      </p>
      <BilingualText en={p.textEn} ar={p.textAr} />
      <p className="muted">
        {t("agreementsAdmin.obliges")}{" "}
        {p.obligatedParties.length ? (
          <PartyList codes={p.obligatedParties} />
        ) : (
          t("agreementsAdmin.nobody")
        )}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          aria-expanded={open === "history"}
          onClick={() => toggle("history")}
        >
          {open === "history" ? t("agreementsAdmin.hideHistory") : t("agreementsAdmin.history")}
        </button>
        {!p.retiredAt && (
          <>
            <button
              type="button"
              className="button secondary"
              aria-expanded={open === "revise"}
              onClick={() => toggle("revise")}
            >
              {t("agreementsAdmin.revise")}
            </button>
            <button
              type="button"
              className="button secondary"
              aria-expanded={open === "retire"}
              onClick={() => toggle("retire")}
            >
              {t("agreementsAdmin.retire")}
            </button>
          </>
        )}
      </div>
      {open === "history" && <ProvisionHistory id={p.id} />}
      {open === "revise" && (
        <ProvisionForm
          provision={p}
          onDone={() => {
            setOpen("history");
            onChanged();
          }}
        />
      )}
      {open === "retire" && (
        <RetireForm
          id={p.id}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </li>
  );
}

function ProvisionHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useApi(["provision-versions", id], (signal) =>
    get(`/provisions/${id}/versions`, { signal }),
  );
  if (history.state === "loading") return <Loading />;
  if (history.state === "error")
    return <ErrorNotice error={history.error} onRetry={history.reload} />;
  return (
    <ol className="provision-versions" reversed>
      {[...history.data.versions].reverse().map((v) => (
        <li key={v.version}>
          <p className="muted">
            {t("agreementsAdmin.recorded", { n: v.version, who: v.recordedBy })}
            <DateTime iso={v.recordedAt} />
          </p>
          <p className="muted">
            {v.reasonKind === "stated" ? (
              <bdi dir="auto">{t("agreementsAdmin.reason", { reason: v.reason ?? "" })}</bdi>
            ) : v.reasonKind === "imported" ? (
              t("agreementsAdmin.importedFrom", { file: `\u2068${v.importedFrom ?? ""}\u2069` })
            ) : (
              t(`agreementsAdmin.occasion.${v.reasonKind}`)
            )}
          </p>
          <BilingualText en={v.textEn} ar={v.textAr} />
        </li>
      ))}
    </ol>
  );
}

/** A new provision of an agreement, or a new wording of `provision`. */
function ProvisionForm({
  agreementId,
  provision,
  onDone,
}: {
  agreementId?: string;
  provision?: Provision;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [textEn, setTextEn] = useState(provision?.textEn ?? "");
  const [textAr, setTextAr] = useState(provision?.textAr ?? "");
  const [parties, setParties] = useState((provision?.obligatedParties ?? []).join(", "));
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const idBase = provision ? `revise-${provision.id}` : `add-${agreementId}`;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const obligatedParties = parties.split(/[\s,،]+/).filter(Boolean);
    try {
      if (provision) {
        await post(`/provisions/${provision.id}/versions`, {
          textEn,
          textAr,
          obligatedParties,
          reason,
        });
      } else {
        await post(`/agreements/${agreementId!}/provisions`, {
          code,
          textEn,
          textAr,
          obligatedParties,
          ...(reason ? { reason } : {}),
        });
      }
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { rows?: number; dir?: string; lang?: string } = {},
  ) => (
    <div className="field field-wide">
      <label htmlFor={`${idBase}-${key}`}>{label}</label>
      {opts.rows ? (
        <textarea
          id={`${idBase}-${key}`}
          rows={opts.rows}
          dir={opts.dir ?? "auto"}
          lang={opts.lang}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input
          id={`${idBase}-${key}`}
          dir={opts.dir ?? "auto"}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </div>
  );
  return (
    <form className="form-stack provision-form" onSubmit={(e) => void send(e)}>
      {!provision && field("code", t("agreementsAdmin.code"), code, setCode, { dir: "ltr" })}
      {field("en", t("agreementsAdmin.textEn"), textEn, setTextEn, {
        rows: 3,
        dir: "ltr",
        lang: "en",
      })}
      {field("ar", t("agreementsAdmin.textAr"), textAr, setTextAr, {
        rows: 3,
        dir: "rtl",
        lang: "ar",
      })}
      {field("parties", t("agreementsAdmin.parties"), parties, setParties, { dir: "ltr" })}
      {field("reason", t("agreementsAdmin.why"), reason, setReason, { rows: 2 })}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button primary" disabled={busy}>
        {busy
          ? t("agreementsAdmin.saving")
          : provision
            ? t("agreementsAdmin.save")
            : t("agreementsAdmin.addSubmit")}
      </button>
    </form>
  );
}

function RetireForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post(`/provisions/${id}/retire`, { reason });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-stack" onSubmit={(e) => void send(e)}>
      <div className="field field-wide">
        <label htmlFor={`retire-${id}`}>{t("agreementsAdmin.retireReason")}</label>
        <textarea
          id={`retire-${id}`}
          rows={2}
          dir="auto"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button danger" disabled={busy}>
        {busy ? t("agreementsAdmin.retiring") : t("agreementsAdmin.retireSubmit")}
      </button>
    </form>
  );
}
