import { memo, useEffect, useRef } from "react";
import type { RaciCode } from "@brownpaper/shared";

interface RaciCellProps {
  code: RaciCode | null;
  row: number;
  col: number;
  /** The cell keyboard focus sits on (roving tabindex: one tab stop for the whole grid). */
  active: boolean;
  /** Several A's on this step: the A cells are marked in place. */
  conflict: boolean;
  readOnly: boolean;
  label: string;
  onActivate: (row: number, col: number) => void;
  onCycle: (row: number, col: number) => void;
}

function RaciCellView({ code, row, col, active, conflict, readOnly, label, onActivate, onCycle }: RaciCellProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (active && ref.current && ref.current.closest("[data-raci-grid]")?.contains(document.activeElement))
      ref.current.focus();
  }, [active]);
  return (
    <td className="raci-matrix__cell" role="gridcell" aria-selected={active}>
      <button
        ref={ref}
        type="button"
        tabIndex={active ? 0 : -1}
        className={`raci-cell${code ? ` raci-code--${code}` : ""}${conflict && code === "A" ? " raci-cell--conflict" : ""}`}
        aria-label={`${label}: ${code ?? "none"}`}
        data-testid="raci-cell"
        data-row={row}
        data-col={col}
        data-code={code ?? ""}
        aria-disabled={readOnly}
        onFocus={() => onActivate(row, col)}
        onClick={() => onCycle(row, col)}
      >
        {code ?? "–"}
      </button>
    </td>
  );
}

/** One cell of the RACI matrix: click cycles the code; keys are handled by the grid. */
export const RaciCell = memo(RaciCellView);
