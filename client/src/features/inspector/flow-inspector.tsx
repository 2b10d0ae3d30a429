import {
  deriveHandovers,
  HANDOVER_CHANNELS,
  setFlowLabel,
  setHandoverDetails,
  type Board,
  type Flow,
} from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { useSlots } from "../../components/feature-slots";

const CHANNEL_OPTIONS = HANDOVER_CHANNELS.map((channel) => ({
  value: channel,
  label: channel.charAt(0).toUpperCase() + channel.slice(1),
}));

/** A flow, and for a handover what changes hands, how, and the agreement behind it. */
export function FlowInspector({ board, flow }: { board: Board; flow: Flow }) {
  const { NotesSection, HandoverAgreement } = useSlots();
  const { doc, readOnly } = useBoardSession();
  const handover = deriveHandovers({ steps: board.steps, flows: [flow] })[0];
  const label = (id: string) => board.steps.find((step) => step.id === id)?.label || "Untitled step";
  const laneName = (id: string) => board.lanes.find((lane) => lane.id === id)?.name ?? "?";

  return (
    <div className="inspector" data-testid="flow-inspector" data-flow-id={flow.id}>
      <p className="inspector__eyebrow">
        {handover ? `Handover · ${laneName(handover.providerLaneId)} → ${laneName(handover.customerLaneId)}` : "Flow"}
      </p>
      <p className="inspector__title">
        {label(flow.from)} → {label(flow.to)}
      </p>
      <CommitTextField
        key={flow.id}
        label="Label"
        value={flow.label}
        readOnly={readOnly}
        placeholder="e.g. yes / no, or what triggers it"
        onCommit={(text) => runCommand(() => setFlowLabel(doc, flow.id, text)).ok}
      />
      {handover && (
        <div className="inspector__row">
          <CommitTextField
            key={`artifact-${flow.id}`}
            label="Artifact (what changes hands)"
            value={flow.handover?.artifact ?? ""}
            readOnly={readOnly}
            placeholder="e.g. Signed order form"
            onCommit={(artifact) => runCommand(() => setHandoverDetails(doc, flow.id, { artifact })).ok}
          />
          <SelectField
            label="Channel"
            value={flow.handover?.channel ?? ""}
            emptyLabel="–"
            options={CHANNEL_OPTIONS}
            readOnly={readOnly}
            onChange={(channel) =>
              runCommand(() =>
                setHandoverDetails(doc, flow.id, { channel: channel === ("" as string) ? null : channel }),
              )
            }
          />
        </div>
      )}
      {handover ? (
        <HandoverAgreement board={board} handover={handover} />
      ) : (
        <p className="panel-hint">
          A flow within one lane needs no service agreement; agreements cover handovers between lanes.
        </p>
      )}
      <NotesSection board={board} target={{ type: "flow", id: flow.id }} />
    </div>
  );
}
