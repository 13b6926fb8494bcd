/**
 * Editing a commitment (the chief, analysts): the commitment form filled with it as read. Its
 * status and progress stay as they are; a phase whose key stays keeps its status (the server's
 * PUT /commitments/{id}, audited).
 */
import { useTranslation } from "react-i18next";
import { get, put } from "../../api/client.js";
import { Link, navigate } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { formOf } from "./commitment-form.js";
import { CommitmentEditor } from "./CommitmentEditor.js";

export function EditCommitmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const c = useApi(["commitment", id], (signal) => get(`/commitments/${id}`, { signal }));
  if (c.state === "loading") return <Loading />;
  if (c.state === "error") return <ErrorNotice error={c.error} onRetry={c.reload} />;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/commitments/${id}`}>
          <bdi>{c.data.reference}</bdi>
        </Link>
      </p>
      <PageTitle>{t("commitments.edit.title", { reference: c.data.reference })}</PageTitle>
      <p className="hint">{t("commitments.edit.hint")}</p>
      <CommitmentEditor
        initial={formOf(c.data)}
        selfId={id}
        submitLabel={t("commitments.edit.save")}
        onSubmit={async (body) => {
          await put(`/commitments/${id}`, body);
          navigate(`/commitments/${id}`);
        }}
      />
    </>
  );
}
