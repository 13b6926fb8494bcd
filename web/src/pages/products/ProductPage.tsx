/**
 * One report product (decision 0022): the rendered document as it will be printed, the text the
 * analysts add per section in both languages (kept apart from what is generated), and the
 * workflow's buttons for the role at hand: regenerate and submit (the author), approve or return
 * (another person), release (the head of mission). Released, it shows the instant, the content
 * hash and the frozen files, which both parties download alike.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { get, post, put } from "../../api/client.js";
import type { Answer } from "../../api/answers.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { useApi } from "../../use-api.js";
import { DateTime } from "../../ui/display.js";
import { ExportButton } from "../../ui/ExportButton.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useSend } from "../../ui/use-send.js";
import type { productsEn } from "../../i18n/products-en.js";

type Product = Answer<"/api/v1/products/{id}", "get">;
type Added = Product["added"];
type SectionKey = keyof typeof productsEn.products.section;

export function ProductPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const product = useApi(["product", id], (signal) => get(`/products/${id}`, { signal }));
  // The document changes with the state, a regeneration and the added text: read it again then.
  const updatedKey =
    product.state === "ok"
      ? `${product.data.state}|${product.data.generatedAt}|${JSON.stringify(product.data.added)}`
      : "";
  const preview = useApi(["product-html", id, updatedKey], async (signal) => {
    const res = await fetch(`/api/v1/products/${id}.html`, {
      credentials: "same-origin",
      signal,
      cache: "no-store",
    });
    return res.ok ? await res.text() : "";
  });
  if (product.state === "loading") return <Loading />;
  if (product.state === "error")
    return <ErrorNotice error={product.error} onRetry={product.reload} />;
  const p = product.data;
  const lang = i18n.language === "ar" ? "ar" : "en";
  return (
    <>
      <PageTitle>{p.title[lang]}</PageTitle>
      <dl className="product-meta">
        <dt>{t("products.col.reference")}</dt>
        <dd className="mono">{p.reference}</dd>
        <dt>{t("products.col.state")}</dt>
        <dd>{t(`products.states.${p.state}`)}</dd>
        <dt>{t("products.classification")}</dt>
        <dd>{t(`products.classifications.${p.classification}`)}</dd>
        <dt>{t("products.col.period")}</dt>
        <dd>
          <DateTime iso={p.periodFrom} /> – <DateTime iso={p.periodTo} />
        </dd>
        {p.releaseAt && (
          <>
            <dt>{t("products.releasedAt")}</dt>
            <dd>
              <DateTime iso={p.releaseAt} />
            </dd>
            <dt>{t("products.hash")}</dt>
            <dd className="mono hash">{p.contentHash}</dd>
          </>
        )}
      </dl>
      <Actions product={p} onDone={product.set} />
      <div className="button-row product-downloads">
        <ExportButton
          path={`/products/${p.id}.html`}
          query={{}}
          fallbackName={`${p.reference}.html`}
          label={t("products.downloadHtml")}
          hint=""
        />
        <ExportButton
          path={`/products/${p.id}.pdf`}
          query={{}}
          fallbackName={`${p.reference}.pdf`}
          label={t("products.downloadPdf")}
          hint=""
        />
        {p.state === "released" && (
          <ExportButton
            path={`/products/${p.id}.pdf.cfm-sig.json`}
            query={{}}
            fallbackName={`${p.reference}.pdf.cfm-sig.json`}
            label={t("products.downloadSignature")}
            hint={t("products.signatureHint")}
          />
        )}
      </div>
      {p.mayEdit && <AddedText product={p} onSaved={product.set} />}
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t("products.preview")}</h2>
        {preview.state === "ok" ? (
          <iframe
            className="product-preview"
            title={t("products.previewTitle")}
            // No script may run in it; same origin only so that nothing in it fails to start.
            sandbox="allow-same-origin"
            srcDoc={preview.data}
          />
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}

function Actions({ product: p, onDone }: { product: Product; onDone: (p: Product) => void }) {
  const { t } = useTranslation();
  const { error, busy, send } = useSend();
  const run = (go: () => Promise<Product>) => send(async () => onDone(await go()));
  const path = `/products/${p.id}/transitions` as const;
  const act = (action: "submit" | "approve" | "return" | "release") =>
    run(() => post(path, { action }));
  return (
    <div className="button-row product-actions">
      {p.mayEdit && (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => run(() => post(`/products/${p.id}/regenerate`))}
        >
          {t("products.regenerate")}
        </button>
      )}
      {p.maySubmit && (
        <button type="button" className="button" disabled={busy} onClick={() => act("submit")}>
          {t("products.submit")}
        </button>
      )}
      {p.mayApprove && (
        <>
          <button type="button" className="button" disabled={busy} onClick={() => act("approve")}>
            {t("products.approve")}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => act("return")}
          >
            {t("products.return")}
          </button>
        </>
      )}
      {p.mayRelease && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t("products.releaseConfirm"))) void act("release");
          }}
        >
          {t("products.release")}
        </button>
      )}
      {busy && <span className="muted">{t("products.working")}</span>}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}

function AddedText({ product: p, onSaved }: { product: Product; onSaved: (p: Product) => void }) {
  const { t } = useTranslation();
  const keys = ["introduction", ...p.sections.map((s) => s.key)];
  const [added, setAdded] = useState<Added>(p.added);
  const { error, busy, send } = useSend();
  const [saved, setSaved] = useState(false);
  useEffect(() => setAdded(p.added), [p.added]);
  const set = (key: string, lang: "en" | "ar", v: string) =>
    setAdded((a) => ({ ...a, [key]: { en: a[key]?.en ?? "", ar: a[key]?.ar ?? "", [lang]: v } }));
  const save = () => {
    setSaved(false);
    void send(async () => {
      const kept = Object.fromEntries(
        Object.entries(added).filter(([, v]) => v.en.trim() || v.ar.trim()),
      );
      onSaved(await put(`/products/${p.id}`, { added: kept }));
      setSaved(true);
    });
  };
  return (
    <section className="panel product-added" aria-labelledby="added-title">
      <h2 id="added-title" className="panel-title">
        {t("products.added")}
      </h2>
      <p className="muted">{t("products.addedIntro")}</p>
      {keys.map((key) => {
        const section = p.sections.find((s) => s.key === key);
        const label =
          key === "introduction"
            ? t("products.introduction")
            : t(`products.section.${key as SectionKey}`);
        return (
          <fieldset key={key} className="field-row product-added-section">
            <legend>
              {label}
              {section?.audience === "parties" && (
                <span className="muted"> — {t("products.partiesOnly")}</span>
              )}
            </legend>
            <div className="field">
              <label htmlFor={`added-${key}-ar`}>{t("products.inArabic")}</label>
              <textarea
                id={`added-${key}-ar`}
                dir="rtl"
                lang="ar"
                rows={2}
                value={added[key]?.ar ?? ""}
                onChange={(e) => set(key, "ar", e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`added-${key}-en`}>{t("products.inEnglish")}</label>
              <textarea
                id={`added-${key}-en`}
                dir="ltr"
                lang="en"
                rows={2}
                value={added[key]?.en ?? ""}
                onChange={(e) => set(key, "en", e.target.value)}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={save}>
          {busy ? t("products.saving") : t("products.save")}
        </button>
        {saved && <span role="status">{t("products.saved")}</span>}
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}
