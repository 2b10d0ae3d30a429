import { dotsLeft, dotsPerParticipant, type Board } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useName } from "../../state/preferences";
import { NamePrompt } from "./name-prompt";
import "./voting.css";

/** "2 of 3 dots left · voting as Alice", or the name prompt before someone's first vote. */
export function DotsLeft({ board }: { board: Pick<Board, "meta" | "notes"> }) {
  const { readOnly } = useBoardSession();
  const [name, setName] = useName();
  if (readOnly) return <p className="dots-left dots-left--muted">Viewers follow the vote; they cannot vote.</p>;
  if (name === "") return <NamePrompt reason="Your name, to vote with your dots (asked once)" />;
  const left = dotsLeft(board, name);
  const total = dotsPerParticipant(board);
  return (
    <div className="dots-left">
      <span className="dots-left__dots" aria-hidden="true">
        {Array.from({ length: Math.min(total, 12) }, (_, index) => (
          <span key={index} className={index < left ? "dot dot--free" : "dot dot--spent"} />
        ))}
      </span>
      <strong data-testid="dots-left" data-left={left}>
        {left} {left === 1 ? "dot" : "dots"} left
      </strong>
      <span className="dots-left__who">
        of {total} · voting as {name}{" "}
        <button type="button" className="link-button" onClick={() => setName("")}>
          change
        </button>
      </span>
    </div>
  );
}
