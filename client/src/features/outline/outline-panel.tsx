import { useMemo, type KeyboardEvent } from "react";
import type { Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { useFacilitation } from "../facilitation/use-facilitation";
import { buildOutline } from "./outline-model";
import { useRevealStep } from "./use-reveal-step";

const selectOutlineOpen = (state: ReturnType<typeof useUiStore.getState>) => state.outlineOpen;
const selectSelected = (state: ReturnType<typeof useUiStore.getState>) => state.selectedStepIds;

/** Up and Down move between the steps of the outline, as in a menu. */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const entries = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("[data-outline-step]")];
  const index = entries.indexOf(document.activeElement as HTMLButtonElement);
  const next = entries[index + (event.key === "ArrowDown" ? 1 : -1)];
  if (next) {
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  }
}

/**
 * The board as a list a keyboard or screen reader can follow: lanes, then the steps in walk
 * order with the handovers leaving them. It follows the doc live and marks the walk's step,
 * so the facilitator can read the walk from it; picking a step selects and centres it.
 */
export function OutlinePanel({ board }: { board: Board }) {
  const open = useUiStore(selectOutlineOpen);
  const selected = useUiStore(selectSelected);
  const { walk } = useFacilitation();
  const reveal = useRevealStep();
  const outline = useMemo(() => buildOutline(board), [board]);
  if (!open) return null;
  const visited = new Set(walk.visited);

  return (
    <nav className="outline" aria-label="Board outline" data-testid="outline" onKeyDown={moveFocus}>
      <header className="outline__header">
        <h2>Outline</h2>
        <button type="button" className="icon-button" aria-label="Close outline" onClick={() => useUiStore.getState().setOutlineOpen(false)}>
          ×
        </button>
      </header>
      <h3>Lanes</h3>
      <ol className="outline__lanes">
        {outline.lanes.map((lane) => (
          <li key={lane.id}>
            {lane.name} <span className="outline__muted">· {lane.kind}, {lane.steps} {lane.steps === 1 ? "step" : "steps"}</span>
          </li>
        ))}
      </ol>
      <h3>Steps in flow order</h3>
      <ol className="outline__steps">
        {outline.steps.map((step) => {
          const current = walk.active && walk.stepId === step.id;
          return (
            <li key={step.id} className={`outline__step${current ? " outline__step--current" : ""}${visited.has(step.id) ? " outline__step--walked" : ""}`}>
              <button type="button" data-outline-step={step.id} data-testid="outline-step" aria-current={current ? "step" : undefined} aria-pressed={selected.has(step.id)} onClick={() => reveal(step.id)}>
                <span className="outline__label">{step.label || "Untitled step"}</span>
                <span className="outline__muted">
                  {" "}
                  · {step.laneName}
                  {step.kind !== "task" && `, ${step.kind}`}
                  {walk.active && visited.has(step.id) && !current && ", walked"}
                </span>
              </button>
              {step.handovers.length > 0 && (
                <ul className="outline__handovers" aria-label="Handovers">
                  {step.handovers.map((text) => (
                    <li key={text}>↪ hands over {text}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
