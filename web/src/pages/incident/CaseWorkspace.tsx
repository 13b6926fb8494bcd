/**
 * The parts of the case page for the mission's work: the evidence with its hashes, the finding
 * editor (analysts and the chief, while the finding may change) and the case's history.
 */
import { useTranslation } from "react-i18next";
import { useReadAgain } from "../../use-api.js";
import type { IncidentDetail } from "../../api/types.js";
import { FINDING_EDITABLE_STATES } from "../../../../src/domain/workflow.js";
import { useUser } from "../../session.js";
import { can } from "../../vocabulary.js";
import { EvidenceSection } from "./EvidenceSection.js";
import { FindingEditor } from "./FindingEditor.js";
import { HistorySection } from "./HistorySection.js";
import { TasksSection } from "./TasksSection.js";

export function CaseWorkspace({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const readAgain = useReadAgain();
  const user = useUser();
  const mission = can.seeInternalFields(user);
  const drafts = can.draftFindings(user);
  const editable = FINDING_EDITABLE_STATES.includes(i.state);
  const latest = Math.max(0, ...i.findings.map((f) => f.version));
  return (
    <>
      {i.reports.length > 0 && <EvidenceSection reports={i.reports} />}
      {can.assignTasks(user) && <TasksSection incident={i} />}
      {drafts &&
        (editable ? (
          <FindingEditor
            key={i.id}
            incident={i}
            onSaved={() => void readAgain(["incident", i.id])}
          />
        ) : (
          <p className="muted">
            {t("findingEditor.notEditable", { state: t(`caseState.${i.state}`) })}
          </p>
        ))}
      {mission && (
        <HistorySection incidentId={i.id} version={`${i.updatedAt}-${latest}-${i.state}`} />
      )}
    </>
  );
}
