import type { Board, Note } from "@brownpaper/shared";
import { useVoteCounts } from "../../sync/use-vote-counts";
import { useReveal } from "../../lib/reveal/use-reveal";
import { useSlots } from "../../components/feature-slots";

const TARGET_WORD = { step: "step", flow: "flow", lane: "lane", board: "board" } as const;

/** A note picked on the canvas or in the pain list, with a way to its target. */
export function NoteInspector({ board, note }: { board: Board; note: Note }) {
  const votes = useVoteCounts(board);
  const { NoteCard, DotsLeft } = useSlots();
  const reveal = useReveal();
  const { type, id } = note.target;
  const targetName =
    type === "step"
      ? board.steps.find((step) => step.id === id)?.label
      : type === "lane"
        ? board.lanes.find((lane) => lane.id === id)?.name
        : type === "flow"
          ? "the flow"
          : "the whole board";
  return (
    <div className="inspector" data-testid="note-inspector">
      <p className="inspector__eyebrow">
        Note on {TARGET_WORD[type]}{" "}
        {type !== "board" && (
          <button type="button" className="link-button" onClick={() => reveal(note.target)}>
            {targetName || "Untitled step"}
          </button>
        )}
      </p>
      {note.kind === "pain" && <DotsLeft board={board} />}
      <ul className="note-list">
        <NoteCard note={note} board={board} votes={votes.get(note.id) ?? 0} selected />
      </ul>
    </div>
  );
}
