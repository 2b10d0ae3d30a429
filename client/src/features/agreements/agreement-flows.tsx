import { useMemo } from "react";
import {
  addAgreementFlow,
  agreementCoverage,
  deriveHandovers,
  removeAgreementFlow,
  reportNames,
  type Board,
  type ServiceAgreement,
} from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useReveal } from "../../lib/reveal/use-reveal";

/** The handovers an agreement covers, with the other handovers of the same lane pair to add. */
export function AgreementFlows({ board, agreement }: { board: Board; agreement: ServiceAgreement }) {
  const { doc, readOnly } = useBoardSession();
  const reveal = useReveal();
  const flowName = useMemo(() => new Map(reportNames(board).flows.map((flow) => [flow.id, flow.name])), [board]);
  const mismatched = new Set(
    agreementCoverage(board)
      .mismatched.find((entry) => entry.agreementId === agreement.id)
      ?.flows.map((flow) => flow.flowId) ?? [],
  );
  const addable = deriveHandovers(board).filter(
    (handover) =>
      handover.providerLaneId === agreement.providerLaneId &&
      handover.customerLaneId === agreement.customerLaneId &&
      !agreement.flowIds.includes(handover.flow.id),
  );

  return (
    <div className="agreement-flows">
      <span className="field__label">Handovers covered</span>
      {agreement.flowIds.length === 0 && (
        <p className="problem">Covers no handover: every one it listed was deleted.</p>
      )}
      <ul className="agreement-flows__list">
        {agreement.flowIds.map((flowId) => (
          <li key={flowId} className="agreement-flows__item">
            <button type="button" className="link-button" onClick={() => reveal({ type: "flow", id: flowId })}>
              {flowName.get(flowId) ?? flowId}
            </button>
            {mismatched.has(flowId) && (
              <span
                className="problem-chip"
                title="A step moved lane: this flow no longer runs from the provider to the customer"
              >
                no longer provider → customer
              </span>
            )}
            {!readOnly && (
              <button
                type="button"
                className="link-button link-button--quiet"
                onClick={() => runCommand(() => removeAgreementFlow(doc, agreement.id, flowId))}
              >
                remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && addable.length > 0 && (
        <select
          className="field__input field__select"
          aria-label="Add a handover of the same lanes"
          data-testid="add-agreement-flow"
          value=""
          onChange={(event) => runCommand(() => addAgreementFlow(doc, agreement.id, event.target.value))}
        >
          <option value="">+ Add another handover of these lanes…</option>
          {addable.map((handover) => (
            <option key={handover.flow.id} value={handover.flow.id}>
              {flowName.get(handover.flow.id)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
