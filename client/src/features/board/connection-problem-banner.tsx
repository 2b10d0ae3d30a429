import { useState } from "react";
import { navigate } from "../../lib/use-location";
import { describeProblem, type ConnectionProblem } from "../../sync/connection-problem";
import "./board.css";

export interface ProblemActions {
  retry: () => void;
  discardLocalCopy: () => Promise<void>;
}

/**
 * Says why the board stopped syncing when retrying cannot help, and what the person can do,
 * instead of leaving them on a board that silently no longer reaches anyone.
 */
export function ConnectionProblemBanner({ problem, actions }: { problem: ConnectionProblem; actions: ProblemActions }) {
  const { title, detail, action } = describeProblem(problem);
  const [discarding, setDiscarding] = useState(false);
  const discard = () => {
    setDiscarding(true);
    void actions.discardLocalCopy().finally(() => window.location.reload());
  };
  return (
    <div className="connection-problem" data-testid="connection-problem" data-kind={problem.kind} role="alert">
      <div className="connection-problem__text">
        <strong data-testid="connection-problem-title">{title}</strong>
        <span>{detail}</span>
      </div>
      {action === "retry" && (
        <button type="button" className="button button--small" onClick={actions.retry}>
          Try again
        </button>
      )}
      {action === "discard-local" && (
        <button type="button" className="button button--small" disabled={discarding} onClick={discard}>
          Reload without my unsent changes
        </button>
      )}
      {action === "home" && (
        <button type="button" className="button button--small" onClick={() => navigate("/")}>
          Start a new board
        </button>
      )}
    </div>
  );
}
