/**
 * Entering a commitment (the chief, analysts), with the commitment form. A second press after a
 * lost answer sends the same Idempotency-Key: the server enters it once.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { navigate } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { emptyForm } from "./commitment-form.js";
import { CommitmentEditor } from "./CommitmentEditor.js";

export function NewCommitmentPage() {
  const { t } = useTranslation();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <>
      <PageTitle>{t("commitments.form.title")}</PageTitle>
      <CommitmentEditor
        initial={emptyForm()}
        submitLabel={t("commitments.form.submit")}
        onSubmit={async (body) => {
          const c = await post("/commitments", body, { headers: { "idempotency-key": key } });
          navigate(`/commitments/${c.id}`);
        }}
      />
    </>
  );
}
