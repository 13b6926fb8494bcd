/** The search box in the header (and on the results page): goes to /search?q=…. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigate, withQuery } from "../router.js";

export function SearchBox({
  id,
  initial = "",
  large = false,
}: {
  id: string;
  initial?: string;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(withQuery("/search", { q: q.trim() }));
  };
  return (
    <form
      role="search"
      className={large ? "search-box search-box-large" : "search-box"}
      onSubmit={submit}
    >
      <label htmlFor={id} className={large ? undefined : "visually-hidden"}>
        {t("search.label")}
      </label>
      <input
        id={id}
        type="search"
        dir="auto"
        value={q}
        placeholder={large ? undefined : t("search.placeholder")}
        maxLength={200}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className="button secondary">
        {t("search.submit")}
      </button>
    </form>
  );
}
