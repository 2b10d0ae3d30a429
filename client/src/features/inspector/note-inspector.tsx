import type { Board, Note } from "@brownpaper/shared";
import { targetName } from "@brownpaper/shared";
import { useVoteCounts } from "../../sync/use-vote-counts";
import { useReveal } from "../../lib/reveal/use-reveal";
import { useSlots } from "../../components/feature-slots";
import { useUiStore } from "../../state/store";

const TARGET_WORD = {
  step: "step",
  flow: "flow",
  lane: "lane",
  board: "board",
  note: "pain point",
  agreement: "agreement",
} as const;

/** A note picked on the canvas or in the pain list, with a way to its target. */
export function NoteInspector({ board, note }: { board: Board; note: Note }) {
  const votes = useVoteCounts(board);
  const { NoteCard, DotsLeft } = useSlots();
  const reveal = useReveal();
  const { type } = note.target;
  const name = targetName(board, note.target);
  const open = () => (type === "note" ? useUiStore.getState().selectNote(note.target.id) : reveal(note.target));
  return (
    <div className="inspector" data-testid="note-inspector">
      <p className="inspector__eyebrow">
        {note.kind === "action" ? "Action" : "Note"} on {TARGET_WORD[type]}{" "}
        {type !== "board" && type !== "agreement" ? (
          <button type="button" className="link-button" onClick={open}>
            {name}
          </button>
        ) : (
          type === "agreement" && name
        )}
      </p>
      {note.kind === "pain" && <DotsLeft board={board} />}
      <ul className="note-list">
        <NoteCard note={note} board={board} votes={votes.get(note.id) ?? 0} selected />
      </ul>
    </div>
  );
}
