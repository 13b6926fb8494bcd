/**
 * Finding a place by name in the gazetteer (GET /places?q=), in Arabic or Latin script and
 * spelling variants (مصراته finds مصراتة): a combobox with a listbox of places, best first,
 * chosen with the arrow keys and Enter, or a click. Searching waits for a pause in typing and
 * drops an answer that a newer question has overtaken.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { PlaceHit } from "../../api/geo-types.js";
import { useLang } from "../../ui/use-lang.js";

const DEBOUNCE_MS = 250;
const MIN_CHARS = 2;

type Results =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "done"; items: PlaceHit[] }
  | { state: "error" };

export function placeLabel(p: PlaceHit, lang: "ar" | "en"): string {
  return lang === "ar" ? (p.nameAr ?? p.name) : p.name;
}

export function PlaceSearch({ onPick }: { onPick: (place: PlaceHit) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [q, setQ] = useState("");
  // What is searched: the box's text once typing pauses, unless it is the name just picked.
  const [asked, setAsked] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<string | null>(null);
  const picked = useRef<string | null>(null);

  useEffect(() => {
    const query = q.trim();
    if (query === picked.current) return;
    picked.current = null;
    if (query.length < MIN_CHARS) {
      setAsked("");
      return;
    }
    const timer = setTimeout(() => setAsked(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  // Answers are cached per question: typing back to an earlier question shows its places at
  // once. A newer question replaces the older one's answer (and cancels its request).
  const search = useQuery({
    queryKey: ["places", "search", asked],
    queryFn: ({ signal }) => get("/places", { query: { q: asked, limit: 8 }, signal }),
    enabled: asked.length >= MIN_CHARS,
  });
  const answer = search.data;
  const results: Results =
    asked.length < MIN_CHARS
      ? { state: "idle" }
      : answer
        ? { state: "done", items: answer.items }
        : search.isError
          ? { state: "error" }
          : { state: "searching" };
  useEffect(() => {
    if (!answer) return;
    setActive(answer.items.length > 0 ? 0 : -1);
    setOpen(true);
  }, [answer]);

  const items = results.state === "done" ? results.items : [];
  const expanded = open && items.length > 0;
  const listId = `${id}-places`;
  const optionId = (n: number) => `${id}-place-${n}`;

  const pick = (p: PlaceHit) => {
    picked.current = placeLabel(p, lang);
    setQ(placeLabel(p, lang));
    setOpen(false);
    setChosen(t("placeSearch.chosen", { place: placeLabel(p, lang) }));
    onPick(p);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && items.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((n) => (n + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((n) => (n <= 0 ? items.length - 1 : n - 1));
    } else if (e.key === "Enter" && expanded && active >= 0) {
      // choose the place; do not send the form
      e.preventDefault();
      pick(items[active]!);
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const status =
    results.state === "searching"
      ? t("placeSearch.searching")
      : results.state === "done" && results.items.length === 0
        ? t("placeSearch.noMatch")
        : results.state === "done" && open
          ? t("placeSearch.results", { count: results.items.length })
          : (chosen ?? "");

  return (
    <div className="field place-search">
      <label htmlFor={`${id}-input`}>{t("placeSearch.label")}</label>
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          dir="auto"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          data-testid="place-search"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setChosen(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => items.length > 0 && setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("placeSearch.label")}
          className="combobox-list"
          hidden={!expanded}
        >
          {items.map((p, n) => (
            <li
              key={p.id}
              id={optionId(n)}
              role="option"
              aria-selected={n === active}
              className={n === active ? "active" : undefined}
              // mousedown, not click: the input keeps focus and does not close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                pick(p);
              }}
            >
              <bdi className="place-name">{placeLabel(p, lang)}</bdi>
              <span className="muted">
                {" · "}
                <bdi>{lang === "ar" ? p.name : (p.nameAr ?? "")}</bdi>
                {p.district && p.district.name !== p.name && (
                  <>
                    {" · "}
                    <bdi>
                      {lang === "ar" ? (p.district.nameAr ?? p.district.name) : p.district.name}
                    </bdi>
                  </>
                )}
                {p.approximate && ` · ${t("placeSearch.approximate")}`}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t("placeSearch.hint")}
      </p>
      <p className="place-search-status muted" role="status">
        {status}
      </p>
    </div>
  );
}
