import { useBoardSession } from "../../sync/board-session";

/** Shown on a board without lanes: every map starts with one lane per team. */
export function EmptyState({ onAddLane }: { onAddLane: () => void }) {
  const { readOnly } = useBoardSession();
  return (
    <div className="empty-state" role="note">
      <h2>Start by adding a lane for each team</h2>
      {readOnly ? (
        <p>This board has no lanes yet. They will appear here as soon as someone adds them.</p>
      ) : (
        <>
          <p>One horizontal lane per team or department. Then double-click inside a lane to add its steps.</p>
          <button type="button" className="button button--primary" onClick={onAddLane}>
            Add the first lane
          </button>
        </>
      )}
    </div>
  );
}
