import { addAgreement, type Board, type Handover } from "@brownpaper/shared";
import { Icon } from "../../components/icon";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { Section } from "../../components/fields/section";
import { AgreementForm } from "./agreement-form";
import "./agreements.css";

/**
 * The service agreement of one handover: the agreement that lists it, or a button creating
 * one between its provider (upstream) and customer (downstream) lanes.
 */
export function HandoverAgreement({ board, handover }: { board: Board; handover: Handover }) {
  const { doc, readOnly } = useBoardSession();
  const agreement =
    board.agreements.find(
      (candidate) => candidate.flowIds.includes(handover.flow.id) && candidate.status !== "retired",
    ) ?? board.agreements.find((candidate) => candidate.flowIds.includes(handover.flow.id));
  const samePair = board.agreements.find(
    (candidate) =>
      candidate.providerLaneId === handover.providerLaneId &&
      candidate.customerLaneId === handover.customerLaneId &&
      candidate.status !== "retired",
  );
  const create = () =>
    runCommand(() =>
      addAgreement(doc, {
        providerLaneId: handover.providerLaneId,
        customerLaneId: handover.customerLaneId,
        flowIds: [handover.flow.id],
      }),
    );

  return (
    <Section title="Service agreement" testId="handover-agreement">
      {agreement ? (
        <AgreementForm board={board} agreement={agreement} />
      ) : (
        <div className="no-agreement">
          <p className="problem" data-testid="no-agreement">
            No agreement covers this handover yet.
          </p>
          {!readOnly && (
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="create-agreement"
              onClick={create}
            >
              <Icon name="plus" size={14} /> Create agreement
            </button>
          )}
          {!readOnly && samePair && (
            <p className="panel-hint">
              These two lanes already have an agreement: you can also add this handover to it in the Agreements tab.
            </p>
          )}
        </div>
      )}
    </Section>
  );
}
