import { useTranslation } from "react-i18next";
import { PartyShort } from "../../ui/display.js";
import type { SourceKind, User } from "../../api/types.js";
import { partyName, useParties } from "../../parties.js";
import { useLang } from "../../ui/use-lang.js";
import { FieldProblem, Required, type FieldKit } from "./field-kit.js";

/**
 * Who the report comes from and whom it accuses, among the parties the server knows (GET /parties,
 * remembered for working offline), named in the page's language. A liaison files for their own
 * party only.
 */
export function SourceFields({
  kit,
  user,
  kinds,
}: {
  kit: FieldKit;
  user: User;
  kinds: readonly SourceKind[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useParties();
  const parties = list.map((p) => p.code);
  const { form, set } = kit;
  const isLiaison = user.role === "liaison";
  return (
    <fieldset>
      <legend>{t("intake.section.source")}</legend>
      {kinds.length > 1 ? (
        <div className="field">
          <label htmlFor="sourceKind">{t("intake.sourceKind")}</label>
          <select
            id="sourceKind"
            value={form.sourceKind}
            onChange={(e) => set("sourceKind", e.target.value as SourceKind)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`sourceKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p>
          {t("intake.sourceKind")}: <strong>{t(`sourceKind.${form.sourceKind}`)}</strong>
          {isLiaison && user.party && (
            <>
              {" — "}
              <PartyShort code={user.party} />
            </>
          )}
        </p>
      )}
      <div className="field-row">
        {form.sourceKind === "party_complaint" && !isLiaison && (
          <div className="field">
            <label htmlFor="onBehalfOfParty">
              {t("intake.onBehalfOf")}
              <Required />
            </label>
            <select
              id="onBehalfOfParty"
              value={form.onBehalfOfParty}
              aria-invalid={kit.invalid("onBehalfOfParty")}
              aria-describedby={kit.describedBy("onBehalfOfParty")}
              onChange={(e) => set("onBehalfOfParty", e.target.value)}
            >
              <option value="">{t("intake.chooseParty")}</option>
              {parties.map((p) => (
                <option key={p} value={p}>
                  {partyName(list, p, lang)}
                </option>
              ))}
            </select>
            <FieldProblem kit={kit} field="onBehalfOfParty" />
          </div>
        )}
        <div className="field">
          <label htmlFor="allegedParty">{t("intake.allegedParty")}</label>
          <select
            id="allegedParty"
            value={form.allegedParty}
            aria-invalid={kit.invalid("allegedParty")}
            onChange={(e) => set("allegedParty", e.target.value)}
          >
            <option value="">{t("intake.noParty")}</option>
            {parties
              .filter((p) => !isLiaison || p !== user.party)
              .map((p) => (
                <option key={p} value={p}>
                  {partyName(list, p, lang)}
                </option>
              ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
