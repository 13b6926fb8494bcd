/**
 * The release's fingerprint, shown large: what a party compares with the other party's copy.
 * The browser recomputes it from the content on the page and says whether it matches.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReleaseContent } from "../../api/release-types.js";
import { canonicalJson, groupHash, sha256Hex } from "./fingerprint.js";

type Check = "pending" | "match" | "mismatch" | "unavailable";

export function Fingerprint({ hash, content }: { hash: string; content: ReleaseContent }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>("pending");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const hashRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    sha256Hex(canonicalJson(content)).then(
      (h) => live && setCheck(h === null ? "unavailable" : h === hash ? "match" : "mismatch"),
      () => live && setCheck("unavailable"),
    );
    return () => {
      live = false;
    };
  }, [hash, content]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(hash);
      setCopy("copied");
    } catch {
      // No clipboard (plain-http host, permission refused): select it for the user instead.
      const node = hashRef.current;
      if (node) window.getSelection()?.selectAllChildren(node);
      setCopy("failed");
    }
  };

  return (
    <section className="panel fingerprint" aria-labelledby="fingerprint-title">
      <h2 id="fingerprint-title" className="panel-title">
        {t("release.fingerprintTitle")}
      </h2>
      <p className="fingerprint-value">
        <code ref={hashRef} dir="ltr" lang="en" data-hash={hash}>
          {groupHash(hash)}
        </code>
      </p>
      <p className="fingerprint-explain">{t("release.fingerprintExplain")}</p>
      <p className="hint">{t("release.fingerprintHow")}</p>
      <div className="fingerprint-actions">
        <button type="button" className="button secondary" onClick={() => void onCopy()}>
          {t("release.copy")}
        </button>
        <span role="status" className="fingerprint-status">
          {copy === "copied" && t("release.copied")}
          {copy === "failed" && t("release.copyFailed")}
        </span>
      </div>
      {check === "match" && <p className="notice notice-success">{t("release.checked")}</p>}
      {check === "mismatch" && (
        <p className="notice notice-error" role="alert">
          {t("release.mismatch")}
        </p>
      )}
    </section>
  );
}
