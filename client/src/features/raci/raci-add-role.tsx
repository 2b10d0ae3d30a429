import { useState } from "react";
import { addRole, SHORT_TEXT_MAX, type Board } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";

/** Adds a role to a lane without leaving the matrix. */
export function RaciAddRole({ board }: { board: Board }) {
  const { doc } = useBoardSession();
  const [laneId, setLaneId] = useState(board.lanes[0]?.id ?? "");
  const [name, setName] = useState("");
  const lane = board.lanes.some((candidate) => candidate.id === laneId) ? laneId : (board.lanes[0]?.id ?? "");
  if (board.lanes.length === 0) return null;
  return (
    <form
      className="raci-add-role"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== "" && runCommand(() => addRole(doc, { laneId: lane, name })).ok) setName("");
      }}
    >
      <input
        className="field__input"
        aria-label="New role name"
        data-testid="matrix-role-name"
        placeholder="New role, e.g. Order clerk"
        value={name}
        maxLength={SHORT_TEXT_MAX}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        className="field__input field__select"
        aria-label="Lane of the new role"
        data-testid="matrix-role-lane"
        value={lane}
        onChange={(event) => setLaneId(event.target.value)}
      >
        {board.lanes.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            in {candidate.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button--small"
        data-testid="matrix-add-role"
        disabled={name.trim() === ""}
      >
        Add role
      </button>
    </form>
  );
}
