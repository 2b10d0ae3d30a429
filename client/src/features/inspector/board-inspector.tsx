import { setBoardScope, setDotsPerParticipant, setVotesHidden, type Board } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { Section } from "../../components/fields/section";
import { NumberCell } from "../../components/fields/number-cell";
import { voteSettingsAccess } from "./vote-settings-access";
import { useSlots } from "../../components/feature-slots";

/** With nothing selected: the workshop's frame (scope) and the vote's settings (the facilitator's to change). */
export function BoardInspector({ board }: { board: Board }) {
  const { NotesSection } = useSlots();
  const { doc, role, readOnly } = useBoardSession();
  const { scope, dotsPerParticipant, votesHidden } = board.meta;
  const voteSettings = voteSettingsAccess(role, readOnly);
  return (
    <div className="inspector" data-testid="board-inspector">
      <p className="inspector__eyebrow">Board</p>
      <p className="panel-hint">Select a step, a flow or a lane to see and edit its details.</p>
      <Section title="Scope">
        <CommitTextField
          label="Trigger (what starts the process)"
          value={scope.trigger}
          readOnly={readOnly}
          placeholder="e.g. Customer places an order"
          onCommit={(trigger) => runCommand(() => setBoardScope(doc, { trigger })).ok}
        />
        <CommitTextField
          label="Outcome (the end result)"
          value={scope.outcome}
          readOnly={readOnly}
          placeholder="e.g. Order delivered and invoiced"
          onCommit={(outcome) => runCommand(() => setBoardScope(doc, { outcome })).ok}
        />
      </Section>
      <Section title="Dot vote">
        <div className="vote-settings">
          <label className="vote-settings__dots">
            <span className="field__label">Dots per participant</span>
            <NumberCell
              label="Dots per participant"
              value={dotsPerParticipant}
              readOnly={!voteSettings.editable}
              testId="dots-per-participant"
              onCommit={(dots) => runCommand(() => setDotsPerParticipant(doc, dots ?? 0)).ok}
            />
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              data-testid="votes-hidden"
              checked={votesHidden}
              disabled={!voteSettings.editable}
              onChange={(event) => runCommand(() => setVotesHidden(doc, event.target.checked))}
            />
            <span>Hide votes until revealed</span>
          </label>
        </div>
        {voteSettings.note && (
          <p className="panel-hint" data-testid="vote-settings-note">
            {voteSettings.note}
          </p>
        )}
      </Section>
      <NotesSection board={board} target={{ type: "board", id: "board" }} title="Notes on the whole board" />
    </div>
  );
}
