import { useState } from "react";
import {
  AGREEMENT_STATUSES,
  deleteAgreement,
  type AgreementStatus,
  updateAgreement,
  type Board,
  type ServiceAgreement,
} from "@brownpaper/shared";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { AgreementFlows } from "./agreement-flows";
import { AgreementMeasures } from "./agreement-measures";
import { ServiceScoreView } from "./service-score-view";
import { AgreementSignoff } from "./agreement-signoff";
import { ReviewSection } from "./review-section";
import "./reviews.css";

const statusLabel = (status: AgreementStatus) => status.charAt(0).toUpperCase() + status.slice(1);
/** Agreed comes by both sides signing it off, so it is offered only to show where it stands. */
const statusOptions = (current: AgreementStatus) =>
  AGREEMENT_STATUSES.filter((status) => status !== "agreed" || current === "agreed").map((status) => ({
    value: status,
    label: status === "agreed" ? "Agreed (signed off)" : statusLabel(status),
  }));

/** One internal service agreement, as the two teams fill it in together. */
export function AgreementForm({ board, agreement }: { board: Board; agreement: ServiceAgreement }) {
  const { doc, readOnly } = useBoardSession();
  const [confirming, setConfirming] = useState(false);
  const laneName = (id: string) => board.lanes.find((lane) => lane.id === id)?.name ?? "?";
  const update = (fields: Parameters<typeof updateAgreement>[2]) =>
    runCommand(() => updateAgreement(doc, agreement.id, fields)).ok;

  return (
    <div className="agreement-form" data-testid="agreement-form" data-agreement-id={agreement.id}>
      <div className="agreement-form__parties">
        <span>
          <small>Provider</small> {laneName(agreement.providerLaneId)}
        </span>
        <span aria-hidden="true">→</span>
        <span>
          <small>Customer</small> {laneName(agreement.customerLaneId)}
        </span>
      </div>
      <ServiceScoreView agreement={agreement} />
      <div className="inspector__row">
        <SelectField
          label="Status"
          value={agreement.status}
          options={statusOptions(agreement.status)}
          readOnly={readOnly}
          testId="agreement-status"
          onChange={(status) => status !== agreement.status && update({ status })}
        />
        <label className="field">
          <span className="field__label">Review by</span>
          <input
            type="date"
            className="field__input"
            aria-label="Review by"
            readOnly={readOnly}
            value={agreement.reviewBy}
            onChange={(event) => update({ reviewBy: event.target.value })}
          />
        </label>
      </div>
      <CommitTextField
        label="Expectation (what good looks like)"
        multiline
        value={agreement.expectation}
        readOnly={readOnly}
        placeholder="e.g. Confirmed orders arrive complete, with delivery address checked"
        testId="agreement-expectation"
        onCommit={(expectation) => update({ expectation })}
      />
      <CommitTextField
        label="Customer obligations (what the customer supplies)"
        multiline
        value={agreement.customerObligations}
        readOnly={readOnly}
        placeholder="e.g. Orders entered before 2 pm with a valid customer number"
        testId="agreement-obligations"
        onCommit={(customerObligations) => update({ customerObligations })}
      />
      <AgreementFlows board={board} agreement={agreement} />
      <AgreementMeasures agreement={agreement} />
      <AgreementSignoff
        agreement={agreement}
        provider={laneName(agreement.providerLaneId)}
        customer={laneName(agreement.customerLaneId)}
      />
      <ReviewSection board={board} agreement={agreement} />
      {!readOnly && (
        <button
          type="button"
          className="button button--small button--quiet agreement-form__delete"
          onClick={() => setConfirming(true)}
        >
          Delete agreement
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete agreement?"
          message={`Delete the agreement between ${laneName(agreement.providerLaneId)} and ${laneName(agreement.customerLaneId)}? Its measures and scores go with it.`}
          confirmLabel="Delete agreement"
          onConfirm={() => {
            setConfirming(false);
            runCommand(() => deleteAgreement(doc, agreement.id));
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
