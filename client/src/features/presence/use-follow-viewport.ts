import { useEffect } from "react";
import { useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import { useUiStore } from "../../state/store";
import { useFacilitation } from "../../sync/use-facilitation";
import { summonLeader } from "../../sync/summon-leader";
import { useOwnPresence } from "../../sync/use-own-presence";
import { usePeers } from "../../sync/use-peers";

const selectFollow = (state: ReturnType<typeof useUiStore.getState>) => state.follow;
const selectPaneWidth = (state: { width: number }) => state.width;
const selectPaneHeight = (state: { height: number }) => state.height;

/**
 * Moves this screen to whoever it follows, reacts to the facilitator's summon and release,
 * and stops following on the person's own pan or zoom (wheel, drag on the pane, the zoom
 * buttons, the minimap) or Escape. The summon names the facilitator's tab, so it goes on
 * through their reload: while they are away nothing changes, and once back under a new
 * client id everyone still in the summon follows them again.
 */
export function useFollowViewport(): void {
  const me = useOwnPresence();
  const { summon } = useFacilitation();
  const peers = usePeers();
  const follow = useUiStore(selectFollow);
  const { setCenter } = useReactFlow();
  const flowStore = useStoreApi();

  const leader = summonLeader(summon, me, peers);
  const leaderId = leader.type === "peer" ? leader.clientId : leader.type === "me" ? me.clientId : null;
  useEffect(() => {
    if (leader.type === "away") return;
    useUiStore.getState().dispatchFollow({ type: "summon", clientId: leaderId, me: me.clientId });
  }, [leader.type, leaderId, me]);

  const target = follow.target === null ? undefined : peers.find((peer) => peer.clientId === follow.target);
  useEffect(() => {
    if (follow.target !== null && !target)
      useUiStore.getState().dispatchFollow({ type: "left", clientId: follow.target });
  }, [follow.target, target]);

  // Centre again when this pane changes size, not only when the target moves: React Flow keeps
  // the top-left corner on a resize, so the follow banner appearing (it takes height from the
  // canvas) or a side panel opening would otherwise leave the followed centre off by half the change.
  const paneWidth = useStore(selectPaneWidth);
  const paneHeight = useStore(selectPaneHeight);
  const { cx, cy, zoom } = target?.viewport ?? {};
  useEffect(() => {
    if (cx !== undefined && cy !== undefined && zoom !== undefined) void setCenter(cx, cy, { zoom, duration: 120 });
  }, [cx, cy, zoom, paneWidth, paneHeight, setCenter]);

  const following = follow.target !== null;
  useEffect(() => {
    const element = flowStore.getState().domNode;
    if (!following || !element) return;
    const stop = () => useUiStore.getState().dispatchFollow({ type: "stop" });
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(".react-flow__pane, .react-flow__controls, .react-flow__minimap")) stop();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") stop();
    };
    element.addEventListener("wheel", stop, { passive: true });
    element.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("wheel", stop);
      element.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("keydown", onKeyDown);
    };
  }, [following, flowStore]);
}
