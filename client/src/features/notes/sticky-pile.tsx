import { memo } from "react";
import type { Note } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { NOTE_KIND_INFO } from "../../lib/note-kinds";
import { STICKY_SIZE } from "./sticky-placement";

interface StickyPileProps {
  x: number;
  y: number;
  /** Top of the pile first. */
  notes: readonly Note[];
  selectedNoteId: string | null;
  /** Counted votes of the top note when it is a pain point; "?" while hidden. */
  topVotes: string | null;
}

/**
 * A target's notes as a small pile of stickies: the top one readable, the others peeking out
 * below it in their kind's colour, "+2" for how many more. Clicking opens the note.
 */
function StickyPileView({ x, y, notes, selectedNoteId, topVotes }: StickyPileProps) {
  const top = notes[0];
  if (!top) return null;
  const under = notes.slice(1, 3);
  const selected = notes.some((note) => note.id === selectedNoteId);
  return (
    <div
      className="sticky-pile nodrag nopan"
      style={{ transform: `translate(${x}px, ${y}px)`, width: STICKY_SIZE.width, height: STICKY_SIZE.height }}
      data-testid="sticky-pile"
    >
      {under.map((note, index) => (
        <span
          key={note.id}
          className={`sticky sticky--under sticky--${note.kind}`}
          style={{ transform: `translate(${(index + 1) * 4}px, ${(index + 1) * 4}px)` }}
          aria-hidden="true"
        />
      ))}
      <button
        type="button"
        className={`sticky sticky--${top.kind}${selected ? " sticky--selected" : ""}`}
        data-testid="sticky"
        data-note-id={top.id}
        data-note-kind={top.kind}
        title={`${NOTE_KIND_INFO[top.kind].label}: ${top.text}${notes.length > 1 ? ` (and ${notes.length - 1} more)` : ""}`}
        onClick={(event) => {
          event.stopPropagation();
          useUiStore.getState().selectNote(top.id);
        }}
      >
        <span className="sticky__text">{top.text || NOTE_KIND_INFO[top.kind].label}</span>
        {topVotes !== null && (
          <span className="sticky__votes" data-testid="sticky-votes">
            {topVotes}
          </span>
        )}
        {notes.length > 1 && <span className="sticky__more">+{notes.length - 1}</span>}
      </button>
    </div>
  );
}

export const StickyPile = memo(StickyPileView);
