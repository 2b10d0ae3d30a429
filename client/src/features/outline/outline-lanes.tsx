import { useId } from "react";
import { ENTRY } from "./use-outline-keys";
import type { OutlineLane } from "./outline-model";

export const laneKey = (laneId: string) => `lane:${laneId}`;

/** The lanes in board order; picking one selects its band and brings it into view. */
export function OutlineLanes({
  lanes,
  selectedLaneId,
  tabStop,
  onPick,
}: {
  lanes: OutlineLane[];
  selectedLaneId: string | null;
  tabStop: string | undefined;
  onPick: (laneId: string) => void;
}) {
  const heading = useId();
  return (
    <>
      <h3 id={heading}>Lanes</h3>
      <ol className="outline__lanes" aria-labelledby={heading}>
        {lanes.map((lane) => (
          <li key={lane.id} className="outline__entry">
            <button
              type="button"
              {...{ [ENTRY]: laneKey(lane.id) }}
              data-testid="outline-lane"
              data-lane-id={lane.id}
              data-lane-name={lane.name}
              tabIndex={tabStop === laneKey(lane.id) ? 0 : -1}
              aria-pressed={selectedLaneId === lane.id}
              onClick={() => onPick(lane.id)}
            >
              <span className="outline__label">{lane.name}</span>
              <span className="outline__muted">
                {" "}
                · {lane.kind}, {lane.steps} {lane.steps === 1 ? "step" : "steps"}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
