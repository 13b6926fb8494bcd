/**
 * On a commitment's page: the joint commission's action items it came from, each with its
 * meeting (decision 0016). Shown to the commission's readers; nothing when there is none.
 */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { DateTime } from "../../ui/display.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { useJointBodyName } from "./CommissionPage.js";

export function CommitmentActionItems({ commitmentId }: { commitmentId: string }) {
  const user = useUser();
  if (!can.readCommission(user)) return null;
  return <Items commitmentId={commitmentId} />;
}

function Items({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const body = useJointBodyName();
  const items = useApi(["commission", "action-items", commitmentId], (signal) =>
    get("/commission/action-items", { signal, query: { commitment: commitmentId } }).then(
      (r) => r.items,
    ),
  );
  if (items.state !== "ok" || items.data.length === 0) return null;
  return (
    <section aria-labelledby="from-commission-title" className="from-commission">
      <h2 id="from-commission-title">{t("commission.fromCommission", { body })}</h2>
      <ul>
        {items.data.map((a) => (
          <li key={a.id}>
            <Link to={`/commission/${a.meetingId}`}>
              <bdi className="mono">{a.meetingReference}</bdi>
            </Link>
            {" · "}
            <TwoLanguageText texts={a.title} compact />
            {" · "}
            {t("commission.deadline")} <DateTime iso={a.deadline} />
            {" · "}
            <span className="badge">{t(`commission.actionStatus.${a.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
