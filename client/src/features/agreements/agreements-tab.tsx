import { useMemo } from "react";
import {
  addAgreement,
  agreementCoverage,
  reportNames,
  serviceScore,
  weightProblem,
  type Board,
} from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { selectOpenAgreementId, selectSetOpenAgreement } from "../../state/selectors";
import { Section } from "../../components/fields/section";
import { useReveal } from "../../lib/reveal/use-reveal";
import { AgreementForm } from "./agreement-form";
import { DueReviews } from "./due-reviews-section";
import { scoreBand, scoreText } from "./score-text";
import "./agreements.css";

/** All service agreements (click to open one) and the handovers still without one. */
export function AgreementsTab({ board }: { board: Board }) {
  const { doc, readOnly } = useBoardSession();
  const openId = useUiStore(selectOpenAgreementId);
  const setOpen = useUiStore(selectSetOpenAgreement);
  const reveal = useReveal();
  const coverage = useMemo(() => agreementCoverage(board), [board]);
  const flowName = useMemo(() => new Map(reportNames(board).flows.map((flow) => [flow.id, flow.name])), [board]);
  const laneName = (id: string) => board.lanes.find((lane) => lane.id === id)?.name ?? "?";
  const create = (providerLaneId: string, customerLaneId: string, flowId: string) => {
    const result = runCommand(() => addAgreement(doc, { providerLaneId, customerLaneId, flowIds: [flowId] }));
    if (result.ok) setOpen(result.value);
  };

  return (
    <div className="agreements-tab">
      <DueReviews board={board} />
      <Section title={`Agreements (${board.agreements.length})`}>
        {board.agreements.length === 0 && (
          <p className="panel-empty">
            No service agreements yet. Start with the handovers that hurt most: select one and create its agreement.
          </p>
        )}
        <ul className="agreement-list">
          {board.agreements.map((agreement) => {
            const score = serviceScore(agreement).combined;
            const open = agreement.id === openId;
            return (
              <li
                key={agreement.id}
                className={`agreement-list__item${open ? " agreement-list__item--open" : ""}`}
                data-testid="agreement-item"
              >
                <button
                  type="button"
                  className="agreement-list__head"
                  aria-expanded={open}
                  onClick={() => setOpen(open ? null : agreement.id)}
                >
                  <span className="agreement-list__pair">
                    {laneName(agreement.providerLaneId)} → {laneName(agreement.customerLaneId)}
                  </span>
                  <span className={`status-chip status-chip--${agreement.status}`}>{agreement.status}</span>
                  {weightProblem(agreement) && (
                    <span className="problem-chip" title={weightProblem(agreement) ?? ""}>
                      weights
                    </span>
                  )}
                  <span className={`score-pill score--${scoreBand(score)}`}>{scoreText(score)}</span>
                </button>
                {open && <AgreementForm board={board} agreement={agreement} />}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title={`Handovers without an agreement (${coverage.uncovered.length})`}>
        {coverage.uncovered.length === 0 && <p className="panel-empty">Every handover is covered.</p>}
        <ul className="link-list">
          {coverage.uncovered.map((handover) => (
            <li key={handover.flowId} className="link-list__item">
              <button
                type="button"
                className="link-button"
                onClick={() => reveal({ type: "flow", id: handover.flowId })}
              >
                {flowName.get(handover.flowId)}
              </button>
              <span className="link-list__meta">
                {laneName(handover.providerLaneId)} → {laneName(handover.customerLaneId)}
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => create(handover.providerLaneId, handover.customerLaneId, handover.flowId)}
                >
                  Create
                </button>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
