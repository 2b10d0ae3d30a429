import { castVote, type Board, type Note } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { useName } from "../../state/preferences";
import "./voting.css";

interface VoteControlProps {
  note: Note;
  board: Pick<Board, "meta">;
  /** Counted votes on the note (capped; see countEffectiveVotes). */
  votes: number;
}

/**
 * − count + on a pain point. The count reads "?" while the facilitator hides the vote; your
 * own dots always show. A refused vote says why in a toast (no dots left, none to take back).
 */
export function VoteControl({ note, board, votes }: VoteControlProps) {
  const { doc, readOnly } = useBoardSession();
  const [name] = useName();
  const mine = (name !== "" && note.votes && Object.hasOwn(note.votes, name) ? note.votes[name] : 0) ?? 0;
  const hidden = board.meta.votesHidden;
  const vote = (delta: number) => {
    if (name === "") {
      useUiStore.getState().showToast("Give your name first (above the pain points): your dots are counted by name.");
      return;
    }
    runCommand(() => castVote(doc, note.id, name, delta));
  };
  const count = (
    <span
      className="vote__count"
      data-testid="vote-count"
      data-votes={hidden ? "hidden" : votes}
      title={hidden ? "Votes are hidden until the facilitator reveals them" : `${votes} votes`}
    >
      {hidden ? "?" : votes}
    </span>
  );
  if (readOnly) return <span className="vote vote--readonly">{count}</span>;
  return (
    <span className="vote" onClick={(event) => event.stopPropagation()}>
      <button
        type="button"
        className="vote__button"
        aria-label="Take back a dot"
        data-testid="vote-minus"
        onClick={() => vote(-1)}
      >
        −
      </button>
      {count}
      <button
        type="button"
        className="vote__button vote__button--plus"
        aria-label="Put a dot on this pain point"
        data-testid="vote-plus"
        onClick={() => vote(1)}
      >
        +
      </button>
      {mine > 0 && (
        <span className="vote__mine" data-testid="my-dots">
          you: {mine}
        </span>
      )}
    </span>
  );
}
