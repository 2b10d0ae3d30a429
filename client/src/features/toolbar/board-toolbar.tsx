import { Icon } from "../../components/icon";
import "./toolbar.css";

interface BoardToolbarProps {
  readOnly: boolean;
  hasLanes: boolean;
  onAddLane: () => void;
  onAddStep: () => void;
  onFitView: () => void;
}

/** The board's main actions. People on a view link only get "Fit view". */
export function BoardToolbar({ readOnly, hasLanes, onAddLane, onAddStep, onFitView }: BoardToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools">
      {!readOnly && (
        <>
          <button type="button" className="button" data-testid="add-lane" onClick={onAddLane}>
            <Icon name="plus" /> Add lane
          </button>
          <button
            type="button"
            className="button"
            data-testid="add-step"
            disabled={!hasLanes}
            title={
              hasLanes
                ? "Adds a task to the selected lane (or the first lane). You can also double-click inside a lane."
                : "Add a lane first"
            }
            onClick={onAddStep}
          >
            <Icon name="plus" /> Add step
          </button>
        </>
      )}
      <button type="button" className="button button--quiet" title="Fit view (Shift+1)" onClick={onFitView}>
        <Icon name="fit" /> Fit view
      </button>
    </div>
  );
}
