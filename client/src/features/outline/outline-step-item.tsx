import { memo } from "react";
import { ENTRY, WALK_HERE } from "./use-outline-keys";
import type { OutlineStep } from "./outline-model";

export const stepKey = (stepId: string) => `step:${stepId}`;

export interface OutlineStepItemProps {
  step: OutlineStep;
  selected: boolean;
  /** The walk is on this step now, or has been here. */
  current: boolean;
  walked: boolean;
  /** The facilitator during a walk gets a "Walk here" button on every other step. */
  canWalkHere: boolean;
  tabbable: boolean;
  onPick: (stepId: string) => void;
  onWalkHere: (stepId: string) => void;
}

/** One step of the outline: its name, lane and kind, the handovers in and out, and the facilitator's jump. */
function OutlineStepItemView({
  step,
  selected,
  current,
  walked,
  canWalkHere,
  tabbable,
  onPick,
  onWalkHere,
}: OutlineStepItemProps) {
  const label = step.label || "Untitled step";
  const key = stepKey(step.id);
  const handovers = [
    ...step.incoming.map((handover) => ({ ...handover, direction: "in" as const })),
    ...step.outgoing.map((handover) => ({ ...handover, direction: "out" as const })),
  ];
  return (
    <li
      className={`outline__entry outline__step${current ? " outline__step--current" : ""}${walked ? " outline__step--walked" : ""}`}
    >
      <div className="outline__row">
        <button
          type="button"
          {...{ [ENTRY]: key }}
          data-testid="outline-step"
          data-outline-step={step.id}
          data-step-label={step.label}
          tabIndex={tabbable ? 0 : -1}
          aria-current={current ? "step" : undefined}
          aria-pressed={selected}
          onClick={() => onPick(step.id)}
        >
          <span className="outline__label">{label}</span>
          <span className="outline__muted">
            {" "}
            · {step.laneName}
            {step.kind !== "task" && `, ${step.kind}`}
            {walked && !current && ", walked"}
          </span>
        </button>
        {canWalkHere && !current && (
          <button
            type="button"
            className="button button--small outline__walk-here"
            {...{ [WALK_HERE]: key }}
            data-testid="outline-walk-here"
            tabIndex={tabbable ? 0 : -1}
            aria-label={`Walk here: ${label}`}
            onClick={() => onWalkHere(step.id)}
          >
            Walk here
          </button>
        )}
      </div>
      {handovers.length > 0 && (
        <ul className="outline__handovers" aria-label={`Handovers of ${label}`}>
          {handovers.map((handover) => (
            <li
              key={`${handover.direction}${handover.flowId}`}
              data-testid="outline-handover"
              data-direction={handover.direction}
            >
              <span aria-hidden="true">{handover.direction === "in" ? "↩ " : "↪ "}</span>
              {handover.direction === "in" ? "receives " : "hands over "}
              {handover.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export const OutlineStepItem = memo(OutlineStepItemView);
