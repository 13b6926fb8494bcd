/**
 * A text written in both languages: the English field left to right, the Arabic one right to
 * left, each labelled and marked with its language, side by side (stacked on a phone).
 */
export interface TwoTexts {
  en: string;
  ar: string;
}

export function TwoLanguageFields({
  id,
  labelEn,
  labelAr,
  value,
  onChange,
  rows,
}: {
  /** The fields' ids are `${id}-en` and `${id}-ar`. */
  id: string;
  labelEn: string;
  labelAr: string;
  value: TwoTexts;
  onChange: (v: TwoTexts) => void;
  /** A text area of this many rows; a one-line field without. */
  rows?: number;
}) {
  const field = (lang: "en" | "ar", label: string) => {
    const props = {
      id: `${id}-${lang}`,
      lang,
      dir: lang === "ar" ? "rtl" : "ltr",
      value: value[lang],
      onChange: (e: { target: { value: string } }) =>
        onChange({ ...value, [lang]: e.target.value }),
    };
    return (
      <div className="field">
        <label htmlFor={props.id}>{label}</label>
        {rows ? <textarea rows={rows} {...props} /> : <input {...props} />}
      </div>
    );
  };
  return (
    <div className="field-row">
      {field("en", labelEn)}
      {field("ar", labelAr)}
    </div>
  );
}
