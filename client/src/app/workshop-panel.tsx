import { isOverdue, todayIso, type Board } from "@brownpaper/shared";
import { useUiStore } from "../state/store";
import {
  selectRaciMatrixOpen,
  selectSetWorkshopOpen,
  selectSetWorkshopTab,
  selectWorkshopOpen,
  selectWorkshopTab,
} from "../state/selectors";
import type { WorkshopTab } from "../state/workshop-slice";
import { AgreementsTab } from "../features/agreements/agreements-tab";
import { GapReportPanel } from "../features/gap/gap-report-panel";
import { Inspector } from "../features/inspector/inspector";
import { RaciMatrixDialog } from "../features/raci/raci-matrix-dialog";
import { useInspectOnCanvasSelection } from "../lib/reveal/quiet-selection";
import { ActionsList } from "../features/actions/actions-list";
import { PainList } from "../features/voting/pain-list";
import "./workshop-panel.css";

const TABS: ReadonlyArray<{ tab: WorkshopTab; label: string }> = [
  { tab: "inspect", label: "Details" },
  { tab: "pain", label: "Pain" },
  { tab: "actions", label: "Actions" },
  { tab: "agreements", label: "Agreements" },
  { tab: "report", label: "Report" },
];

/** The side panel of the workshop phases (inspector, RACI, pain points, agreements, gap report). */
export function WorkshopPanel({ board }: { board: Board }) {
  const open = useUiStore(selectWorkshopOpen);
  const tab = useUiStore(selectWorkshopTab);
  const setTab = useUiStore(selectSetWorkshopTab);
  const setOpen = useUiStore(selectSetWorkshopOpen);
  const matrixOpen = useUiStore(selectRaciMatrixOpen);
  useInspectOnCanvasSelection();
  const painCount = board.notes.filter((note) => note.kind === "pain").length;
  const today = todayIso();
  const overdueActions = board.notes.filter(
    (note) => note.kind === "action" && isOverdue({ status: note.status ?? "open", due: note.due ?? "" }, today),
  ).length;

  return (
    <>
      <aside
        className={`workshop-panel${open ? "" : " workshop-panel--closed"}`}
        data-testid="workshop-panel"
        aria-label="Workshop panel"
      >
        <div className="workshop-panel__bar">
          <button
            type="button"
            className="icon-button workshop-panel__toggle"
            aria-label={open ? "Hide panel" : "Show panel"}
            title={open ? "Hide panel" : "Show panel"}
            aria-expanded={open}
            data-testid="workshop-toggle"
            onClick={() => setOpen(!open)}
          >
            {open ? "»" : "«"}
          </button>
          {open && (
            <>
              <nav className="workshop-tabs" role="tablist" aria-label="Workshop">
                {TABS.map((entry) => (
                  <button
                    key={entry.tab}
                    type="button"
                    role="tab"
                    aria-selected={tab === entry.tab}
                    className={`workshop-tab${tab === entry.tab ? " workshop-tab--on" : ""}`}
                    data-testid={`tab-${entry.tab}`}
                    onClick={() => setTab(entry.tab)}
                  >
                    {entry.label}
                    {entry.tab === "pain" && painCount > 0 && <span className="workshop-tab__count">{painCount}</span>}
                    {entry.tab === "actions" && overdueActions > 0 && (
                      <span
                        className="workshop-tab__count workshop-tab__count--alert"
                        title={`${overdueActions} overdue`}
                        data-testid="overdue-actions-count"
                      >
                        {overdueActions}
                      </span>
                    )}
                  </button>
                ))}
              </nav>
              <button
                type="button"
                className="button button--small workshop-panel__matrix"
                data-testid="open-raci-matrix"
                title="Open the RACI matrix: roles × steps"
                onClick={() => useUiStore.getState().setRaciMatrixOpen(true)}
              >
                RACI
              </button>
            </>
          )}
        </div>
        {open && (
          <div className="workshop-panel__body" role="tabpanel">
            {tab === "inspect" && <Inspector board={board} />}
            {tab === "pain" && <PainList board={board} />}
            {tab === "actions" && <ActionsList board={board} />}
            {tab === "agreements" && <AgreementsTab board={board} />}
            {tab === "report" && <GapReportPanel board={board} />}
          </div>
        )}
      </aside>
      {matrixOpen && <RaciMatrixDialog board={board} />}
    </>
  );
}
