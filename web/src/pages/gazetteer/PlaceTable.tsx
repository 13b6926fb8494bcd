/** The gazetteer's places as a table: names in both scripts, other names, kind, position. */
import { useTranslation } from "react-i18next";
import { useLang } from "../../ui/use-lang.js";
import type { GazetteerPlace } from "../../api/gazetteer-types.js";

const SHOWN_VARIANTS = 4;

export function PlaceTable({
  places,
  canMerge,
  onCorrect,
  onMerge,
}: {
  places: GazetteerPlace[];
  canMerge: boolean;
  onCorrect: (p: GazetteerPlace) => void;
  onMerge: (p: GazetteerPlace) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table gazetteer-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{t("gazetteer.columns.name")}</th>
            <th scope="col">{t("gazetteer.columns.variants")}</th>
            <th scope="col">{t("gazetteer.columns.kind")}</th>
            <th scope="col">{t("gazetteer.columns.position")}</th>
            <th scope="col">{t("gazetteer.columns.sources")}</th>
            <th scope="col">{t("gazetteer.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.id} data-place={p.id}>
              <td data-label={t("gazetteer.columns.name")}>
                <PlaceNames place={p} />
              </td>
              <td data-label={t("gazetteer.columns.variants")} className="variants-cell">
                {variantsOf(p)
                  .slice(0, SHOWN_VARIANTS)
                  .map((v) => (
                    <bdi key={v} className="variant">
                      {v}
                    </bdi>
                  ))}
                {variantsOf(p).length > SHOWN_VARIANTS && <span className="muted">…</span>}
              </td>
              <td data-label={t("gazetteer.columns.kind")}>{t(`gazetteer.kind.${p.kind}`)}</td>
              <td data-label={t("gazetteer.columns.position")} className="nowrap">
                <bdi dir="ltr">
                  {p.lat.toFixed(4)}, {p.lon.toFixed(4)}
                </bdi>
                {p.approximate && <span className="cell-note">{t("gazetteer.approximate")}</span>}
              </td>
              <td data-label={t("gazetteer.columns.sources")}>
                <bdi dir="ltr">{p.sources.join(", ")}</bdi>
              </td>
              <td data-label={t("gazetteer.columns.actions")}>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => onCorrect(p)}
                  >
                    {t("gazetteer.correct")}
                  </button>
                  {canMerge && (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => onMerge(p)}
                    >
                      {t("gazetteer.merge")}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The place's two names, the reader's language's first (the Arabic one on an Arabic page). */
function PlaceNames({ place }: { place: GazetteerPlace }) {
  const lang = useLang();
  const { t } = useTranslation();
  const arabic = place.nameAr && place.nameAr !== place.name ? place.nameAr : null;
  // The name that prevails carries a mark when it is not the one shown first.
  const mark = (script: "ar" | "latin") =>
    place.authoritativeName === script ? (
      <span className="authoritative-mark"> {t("gazetteer.authoritative")}</span>
    ) : null;
  const latin = (
    <bdi className={arabic && lang === "ar" ? "cell-note" : "place-name"} dir="auto">
      {place.name}
      {arabic && lang === "ar" && mark("latin")}
    </bdi>
  );
  if (!arabic) return latin;
  const ar = (
    <bdi className={lang === "ar" ? "place-name" : "cell-note"} lang="ar" dir="rtl">
      {arabic}
      {lang !== "ar" && mark("ar")}
    </bdi>
  );
  return lang === "ar" ? (
    <>
      {ar}
      {latin}
    </>
  ) : (
    <>
      {latin}
      {ar}
    </>
  );
}

/** The other names worth showing: not the place's own two. */
function variantsOf(p: GazetteerPlace): string[] {
  return p.variants.filter((v) => v !== p.name && v !== p.nameAr);
}

/** A place named for the reader: the Arabic name on an Arabic page where there is one. */
export function placeLabel(p: Pick<GazetteerPlace, "name" | "nameAr">, lang: string): string {
  return lang === "ar" && p.nameAr ? p.nameAr : p.name;
}
