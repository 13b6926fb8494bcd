/**
 * Defining a layer (POST /geo/layers): its kind, names, and the fields its kind takes — the party
 * in control of an area of control, the weapon classes of a withdrawal line. Folded until asked
 * for; once saved, the layer's page opens to add its first version.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LAYER_KINDS } from "../../../../src/domain/geo/layers.js";
import { post } from "../../api/client.js";
import type { LayerKind } from "../../api/geo-types.js";
import { partyName, useParties } from "../../parties.js";
import { navigate } from "../../router.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";

const PARTY_KINDS: readonly LayerKind[] = ["area_of_control", "withdrawal_line", "storage_site"];

export function NewLayerForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const [kind, setKind] = useState<LayerKind | "">("");
  const [name, setName] = useState("");
  const [nameAr, setNameAr] = useState("");
  const [party, setParty] = useState("");
  const [weapons, setWeapons] = useState("");
  const [description, setDescription] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const takesParty = kind !== "" && PARTY_KINDS.includes(kind);
  const needsParty = kind === "area_of_control";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    setBusy(true);
    setError(null);
    try {
      const weaponClasses = weapons
        .split(",")
        .map((w) => w.trim())
        .filter(Boolean);
      const layer = await post("/geo/layers", {
        kind,
        name: name.trim(),
        ...(nameAr.trim() ? { nameAr: nameAr.trim() } : {}),
        ...(takesParty && party ? { party } : {}),
        ...(kind === "withdrawal_line" ? { weaponClasses } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      navigate(`/geo-layers/${layer.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <details className="new-layer">
      <summary>{t("geoLayers.define")}</summary>
      <form className="form-stack new-layer-form" onSubmit={(e) => void submit(e)}>
        <p className="hint">{t("geoLayers.defineIntro")}</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor="layer-kind">{t("geoLayers.fields.kind")}</label>
            <select
              id="layer-kind"
              required
              value={kind}
              onChange={(e) => setKind(e.target.value as LayerKind)}
            >
              <option value="">{t("geoLayers.fields.choose")}</option>
              {LAYER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`geoLayers.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {takesParty && (
            <div className="field">
              <label htmlFor="layer-party">
                {t("geoLayers.fields.party")}{" "}
                {!needsParty && <span className="muted">{t("geoLayers.fields.optional")}</span>}
              </label>
              <select
                id="layer-party"
                required={needsParty}
                value={party}
                aria-describedby="layer-party-hint"
                onChange={(e) => setParty(e.target.value)}
              >
                <option value="">{t("geoLayers.fields.choose")}</option>
                {parties.map((p) => (
                  <option key={p.code} value={p.code}>
                    {partyName(parties, p.code, lang)}
                  </option>
                ))}
              </select>
              <p id="layer-party-hint" className="hint">
                {needsParty
                  ? t("geoLayers.fields.partyHintArea")
                  : t("geoLayers.fields.partyHintOther")}
              </p>
            </div>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="layer-name">{t("geoLayers.fields.name")}</label>
            <input
              id="layer-name"
              required
              maxLength={200}
              dir="auto"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="layer-name-ar">
              {t("geoLayers.fields.nameAr")}{" "}
              <span className="muted">{t("geoLayers.fields.optional")}</span>
            </label>
            <input
              id="layer-name-ar"
              lang="ar"
              dir="rtl"
              maxLength={200}
              value={nameAr}
              onChange={(e) => setNameAr(e.target.value)}
            />
          </div>
        </div>
        {kind === "withdrawal_line" && (
          <div className="field">
            <label htmlFor="layer-weapons">{t("geoLayers.fields.weaponClasses")}</label>
            <input
              id="layer-weapons"
              required
              dir="ltr"
              value={weapons}
              aria-describedby="layer-weapons-hint"
              onChange={(e) => setWeapons(e.target.value)}
            />
            <p id="layer-weapons-hint" className="hint">
              {t("geoLayers.fields.weaponClassesHint")}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor="layer-description">
            {t("geoLayers.fields.description")}{" "}
            <span className="muted">{t("geoLayers.fields.optional")}</span>
          </label>
          <textarea
            id="layer-description"
            rows={2}
            maxLength={5000}
            dir="auto"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("geoLayers.defining") : t("geoLayers.defineSubmit")}
          </button>
        </div>
      </form>
    </details>
  );
}
