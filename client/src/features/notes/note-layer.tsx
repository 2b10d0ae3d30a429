import { useMemo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { selectSelectedNoteId } from "../../state/selectors";
import { useVoteCounts } from "../../sync/use-vote-counts";
import { placeStickies } from "./sticky-placement";
import { StickyPile } from "./sticky-pile";
import { useTargetGeometry } from "./use-target-geometry";
import "./notes.css";

const NO_VOTES: ReadonlyMap<string, number> = new Map();

/**
 * Every note as a sticky beside its target, drawn in flow coordinates over the map. Rendered
 * inside <ReactFlow>; it only reads (the doc's notes, React Flow's node positions).
 */
export function NoteLayer({ board }: { board: Board }) {
  const geometry = useTargetGeometry(board);
  const votes = useVoteCounts(board);
  const selectedNoteId = useUiStore(selectSelectedNoteId);
  const hidden = board.meta.votesHidden;
  // While the vote is hidden, piles are not stacked by votes: the top sticky would give the winner away.
  const piles = useMemo(
    () => placeStickies(board.notes, geometry, hidden ? NO_VOTES : votes),
    [board.notes, geometry, votes, hidden],
  );
  const noteById = useMemo(() => new Map(board.notes.map((note) => [note.id, note])), [board.notes]);

  return (
    <ViewportPortal>
      <div className="note-layer">
        {piles.map((pile) => {
          // A note picked elsewhere comes to the top of its pile, so it is the one you see.
          const ids = pile.noteIds.includes(selectedNoteId ?? "")
            ? [selectedNoteId!, ...pile.noteIds.filter((id) => id !== selectedNoteId)]
            : pile.noteIds;
          const notes = ids.flatMap((id) => noteById.get(id) ?? []);
          const top = notes[0];
          const topVotes = top?.kind === "pain" ? (hidden ? "?" : String(votes.get(top.id) ?? 0)) : null;
          return (
            <StickyPile
              key={pile.key}
              x={pile.x}
              y={pile.y}
              notes={notes}
              selectedNoteId={selectedNoteId}
              topVotes={topVotes}
            />
          );
        })}
      </div>
    </ViewportPortal>
  );
}
