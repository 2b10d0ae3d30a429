import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { raciCsv, type Board } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { downloadText, fileStem } from "../../lib/download-text";
import { RaciAddRole } from "./raci-add-role";
import { RaciMatrixGrid } from "./raci-matrix-grid";
import { raciMatrixModel } from "./raci-matrix-model";
import "./raci.css";

/** The RACI matrix over the board: every role against every step, problems marked in place. */
export function RaciMatrixDialog({ board }: { board: Board }) {
  const { readOnly } = useBoardSession();
  const model = useMemo(() => raciMatrixModel(board), [board]);
  const close = () => useUiStore.getState().setRaciMatrixOpen(false);
  const errors = [...model.issues.values()].flat().filter((issue) => issue.severity === "error").length;
  const warnings = [...model.issues.values()].flat().length - errors;

  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const firstCell = dialogRef.current?.querySelector<HTMLElement>('[data-testid="raci-cell"]');
    (firstCell ?? dialogRef.current)?.focus();
  }, []);

  return createPortal(
    <div className="dialog-backdrop" onPointerDown={close}>
      <div
        className="raci-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="raci-title"
        data-testid="raci-matrix"
        ref={dialogRef}
        tabIndex={-1}
        onPointerDown={(event) => event.stopPropagation()}
        // Keys stay in the dialog: Delete here must never delete the step selected on the canvas.
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Escape") close();
        }}
      >
        <header className="raci-dialog__header">
          <h2 id="raci-title">RACI matrix</h2>
          <span className="raci-dialog__summary" data-testid="raci-summary">
            {errors === 0 && warnings === 0
              ? "No problems"
              : `${errors} ${errors === 1 ? "error" : "errors"} · ${warnings} ${warnings === 1 ? "warning" : "warnings"}`}
          </span>
          <span className="raci-dialog__spacer" />
          <button
            type="button"
            className="button button--small"
            data-testid="raci-export-csv"
            onClick={() =>
              downloadText(raciCsv(board), `${fileStem(board.meta.title)}-raci.csv`, "text/csv;charset=utf-8")
            }
          >
            Export CSV
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label="Close RACI matrix"
            data-testid="raci-close"
            onClick={close}
          >
            Close
          </button>
        </header>
        {!readOnly && (
          <p className="raci-dialog__help">
            Click a cell to cycle – R A C I, or use the arrow keys and type R, A, C, I or Delete. Every task and
            decision needs exactly one A and at least one R.
          </p>
        )}
        <div className="raci-dialog__body">
          {model.steps.length === 0 || model.roles.length === 0 ? (
            <p className="panel-empty raci-dialog__empty">
              {model.steps.length === 0
                ? "Add steps to the map first."
                : "No roles yet. Add the roles that do the work, lane by lane."}
            </p>
          ) : (
            <RaciMatrixGrid board={board} model={model} />
          )}
        </div>
        {!readOnly && (
          <footer className="raci-dialog__footer">
            <RaciAddRole board={board} />
          </footer>
        )}
      </div>
    </div>,
    document.body,
  );
}
