import { useState } from "react";
import { addRole, deleteRole, renameRole, SHORT_TEXT_MAX, type Board } from "@brownpaper/shared";
import { Icon } from "../../components/icon";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { Section } from "../../components/fields/section";

/** The roles working in a lane (roles, not people's names): add, rename, delete. */
export function LaneRoles({ board, laneId }: { board: Board; laneId: string }) {
  const { doc, readOnly } = useBoardSession();
  const [name, setName] = useState("");
  const roles = board.roles.filter((role) => role.laneId === laneId);
  const assignments = (roleId: string) => board.raci.filter((entry) => entry.roleId === roleId).length;
  const add = () => {
    if (name.trim() !== "" && runCommand(() => addRole(doc, { laneId, name })).ok) setName("");
  };

  return (
    <Section title={`Roles (${roles.length})`} testId="lane-roles">
      {roles.length === 0 && (
        <p className="panel-empty">No roles in this lane yet. Name roles, not people: "Order clerk", "Team lead".</p>
      )}
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.id} className="role-list__item" data-testid="role" data-role-name={role.name}>
            <CommitTextField
              label={`Role name ${role.name}`}
              hideLabel
              value={role.name}
              readOnly={readOnly}
              onCommit={(next) => runCommand(() => renameRole(doc, role.id, next)).ok}
            />
            <span className="role-list__count" title="RACI codes this role holds">
              {assignments(role.id)}
            </span>
            {!readOnly && (
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete role ${role.name}`}
                title="Delete role and its RACI codes"
                onClick={() => runCommand(() => deleteRole(doc, role.id))}
              >
                <Icon name="trash" size={13} />
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="add-note__row"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <input
            className="field__input"
            aria-label="New role"
            data-testid="new-role-name"
            placeholder="New role, e.g. Order clerk"
            value={name}
            maxLength={SHORT_TEXT_MAX}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--small" data-testid="add-role" disabled={name.trim() === ""}>
            Add role
          </button>
        </form>
      )}
    </Section>
  );
}
