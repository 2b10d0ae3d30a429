import { useUiStore } from "../../state/store";
import "./outline.css";

const selectOutlineOpen = (state: ReturnType<typeof useUiStore.getState>) => state.outlineOpen;

export function OutlineToggle() {
  const open = useUiStore(selectOutlineOpen);
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-pressed={open}
      data-testid="outline-toggle"
      onClick={() => useUiStore.getState().setOutlineOpen(!open)}
    >
      Outline
    </button>
  );
}
