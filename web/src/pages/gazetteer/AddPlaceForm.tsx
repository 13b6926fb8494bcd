/** Adding a place the gazetteer lacks: Latin and Arabic names, other spellings, where, what. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { PLACE_KINDS, type PlaceKind } from "../../../../src/domain/geo/gazetteer.js";
import { post } from "../../api/client.js";
import { ErrorNotice } from "../../ui/notices.js";
import { CoordinateFields } from "./CoordinateFields.js";

export function AddPlaceForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [nameAr, setNameAr] = useState("");
  const [variants, setVariants] = useState("");
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [kind, setKind] = useState<PlaceKind>("village");
  const [approximate, setApproximate] = useState(false);
  const [prevails, setPrevails] = useState<"ar" | "latin">("ar");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      const place = await post("/gazetteer/places", {
        name: name.trim(),
        nameAr: nameAr.trim(),
        // Latin and Arabic commas both separate spellings.
        variants: variants
          .split(/[,،]/)
          .map((v) => v.trim())
          .filter(Boolean),
        lat: Number(lat),
        lon: Number(lon),
        kind,
        approximate,
        authoritativeName: prevails,
      });
      form.reset();
      setName("");
      setNameAr("");
      setVariants("");
      setLat("");
      setLon("");
      setPrevails("ar");
      setBusy(false);
      onAdded(t("gazetteer.add.added", { name: place.name }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <details className="gazetteer-fold">
      <summary>{t("gazetteer.add.open")}</summary>
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="place-name">{t("gazetteer.add.name")}</label>
            <input
              id="place-name"
              required
              dir="ltr"
              lang="en"
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="place-name-ar">{t("gazetteer.add.nameAr")}</label>
            <input
              id="place-name-ar"
              required
              dir="rtl"
              lang="ar"
              maxLength={200}
              value={nameAr}
              onChange={(e) => setNameAr(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="place-prevails">{t("gazetteer.add.prevails")}</label>
          <select
            id="place-prevails"
            value={prevails}
            onChange={(e) => setPrevails(e.target.value as "ar" | "latin")}
          >
            <option value="ar">{t("gazetteer.add.prevailsAr")}</option>
            <option value="latin">{t("gazetteer.add.prevailsLatin")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="place-variants">{t("gazetteer.add.variants")}</label>
          <input
            id="place-variants"
            dir="auto"
            value={variants}
            onChange={(e) => setVariants(e.target.value)}
          />
        </div>
        <div className="field-row">
          <CoordinateFields id="place" lat={lat} lon={lon} onLat={setLat} onLon={setLon} />
          <div className="field">
            <label htmlFor="place-kind">{t("gazetteer.add.kind")}</label>
            <select
              id="place-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as PlaceKind)}
            >
              {PLACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`gazetteer.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={approximate}
            onChange={(e) => setApproximate(e.target.checked)}
          />{" "}
          {t("gazetteer.position.approximate")}
        </label>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t("gazetteer.add.save")}
          </button>
        </div>
      </form>
    </details>
  );
}
