import { useEffect } from "react";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useBoardSession } from "../../sync/board-session";
import { PRESENCE_FIELDS, type FlowPoint } from "@brownpaper/shared";
import { throttle } from "./throttle";

/** About 20 cursor updates a second: smooth enough to follow, light on the wire. */
export const CURSOR_INTERVAL_MS = 50;

/** Shares where this person's pointer is on the board, in flow coordinates; none when it leaves. */
export function usePublishPointer(): void {
  const { awareness } = useBoardSession();
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();

  useEffect(() => {
    const element = flowStore.getState().domNode;
    if (!element) return;
    const cursor = throttle<FlowPoint | null>(
      (point) => awareness.setLocalStateField(PRESENCE_FIELDS.cursor, point),
      CURSOR_INTERVAL_MS,
    );
    const onMove = (event: PointerEvent) => {
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      cursor.push({ x: Math.round(point.x), y: Math.round(point.y) });
    };
    const onLeave = () => {
      cursor.push(null);
      cursor.flush();
    };
    element.addEventListener("pointermove", onMove);
    element.addEventListener("pointerleave", onLeave);
    return () => {
      cursor.cancel();
      element.removeEventListener("pointermove", onMove);
      element.removeEventListener("pointerleave", onLeave);
    };
  }, [awareness, screenToFlowPosition, flowStore]);
}
