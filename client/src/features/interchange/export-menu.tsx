import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Board } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import type { ExportFormat } from "./export-actions";
import { PNG_SCALES, type PngScale } from "./png-scale";

const ITEMS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: "png", label: "Picture (PNG)", hint: "The whole map; opens again as a board" },
  { format: "svg", label: "Picture (SVG)", hint: "Sharp at any size, text searchable" },
  { format: "json", label: "Board file (JSON)", hint: "Re-opens in Brownpaper" },
  { format: "bpmn", label: "BPMN 2.0", hint: "For bpmn.io, Camunda Modeler, Signavio" },
  { format: "raci", label: "RACI matrix (CSV)", hint: "For the follow-up spreadsheet" },
  { format: "handovers", label: "Handover register (CSV)", hint: "Every handover with its agreement" },
];

/** The Export menu: a menu button whose items are reached with the arrow keys, Home and End. */
export function ExportMenu({ board }: { board: Board }) {
  const { doc } = useBoardSession();
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<PngScale>(2);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const run = async (format: ExportFormat) => {
    close(true);
    const { showToast } = useUiStore.getState();
    setBusy(true);
    if (format === "png") showToast(`Drawing the map as a PNG at ${scale}×…`);
    try {
      // The exporters (SVG, BPMN, PNG) load on first use: the board opens without them.
      const { exportBoardAs } = await import("./export-actions");
      const outcome = await exportBoardAs(format, board, doc, scale);
      if (outcome.ok && outcome.notice) showToast(outcome.notice);
      showToast(outcome.ok ? outcome.message : `Export failed: ${outcome.message}`);
    } catch (error) {
      showToast(`Export failed: ${error instanceof Error ? error.message : "something went wrong"}`);
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    event.stopPropagation();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") focus(at + 1);
    else if (event.key === "ArrowUp") focus(at - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(all.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") close(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        data-testid="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        disabled={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {busy ? "Exporting…" : "Export"}
      </button>
      {open && (
        <div
          ref={menuRef}
          id="export-menu"
          className="export-menu__list"
          role="menu"
          aria-label="Export the map"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map(({ format, label, hint }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              data-format={format}
              onClick={() => void run(format)}
            >
              <span className="export-menu__label">{format === "png" ? `${label}, ${scale}×` : label}</span>
              <span className="export-menu__hint">{hint}</span>
            </button>
          ))}
          <div className="export-menu__scales" role="group" aria-label="PNG pixel density">
            <span className="export-menu__hint">PNG density</span>
            {PNG_SCALES.map((value) => (
              <button
                key={value}
                type="button"
                role="menuitemradio"
                aria-checked={scale === value}
                tabIndex={-1}
                className="export-menu__scale"
                onClick={() => setScale(value)}
              >
                {value}×
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
