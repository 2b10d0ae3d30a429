import { useEffect } from "react";
import { useStoreApi } from "@xyflow/react";
import { useBoardSession } from "../../sync/board-session";
import { PRESENCE_FIELDS, type ViewCentre } from "@brownpaper/shared";
import { throttle } from "./throttle";

/**
 * Shares the centre of what this person sees and their zoom, so others can follow them.
 * A centre rather than a corner: people follow on screens of other sizes.
 */
export function usePublishViewport(): void {
  const { awareness } = useBoardSession();
  const flowStore = useStoreApi();

  useEffect(() => {
    const send = throttle<ViewCentre>((centre) => awareness.setLocalStateField(PRESENCE_FIELDS.viewport, centre), 80);
    const publish = () => {
      const { transform, width, height } = flowStore.getState();
      const [x, y, zoom] = transform;
      if (width === 0 || height === 0) return;
      send.push({ cx: (width / 2 - x) / zoom, cy: (height / 2 - y) / zoom, zoom });
    };
    publish();
    const unsubscribe = flowStore.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height)
        publish();
    });
    return () => {
      unsubscribe();
      send.cancel();
    };
  }, [awareness, flowStore]);
}
