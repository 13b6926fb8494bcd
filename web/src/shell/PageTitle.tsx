import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { navigationCount } from "../router.js";

/**
 * The page's h1. It names the browser tab too, and after a move inside the app it takes the
 * focus, so that a screen-reader user hears where they arrived.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t("app.pageTitle", { page: children });
  }, [children, t]);
  useEffect(() => {
    if (navigationCount() > 0) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
