import { useUiStore } from "../../state/store";
import { usePeers } from "../../sync/use-peers";
import "./presence.css";

const selectFollow = (state: ReturnType<typeof useUiStore.getState>) => state.follow;

/** Says whose view this screen follows, and how to stop. */
export function FollowBanner() {
  const follow = useUiStore(selectFollow);
  const peers = usePeers();
  const target = peers.find((peer) => peer.clientId === follow.target);
  if (!target) return null;
  return (
    <div
      className="follow-banner"
      data-testid="follow-banner"
      role="status"
      style={{ borderColor: target.user.colour }}
    >
      <span className="who__dot" style={{ background: target.user.colour }} aria-hidden="true" />
      {follow.bySummon ? `${target.user.name} brought everyone here` : `Following ${target.user.name}`}
      <span className="follow-banner__hint">· move the board or press Esc to look around yourself</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => useUiStore.getState().dispatchFollow({ type: "stop" })}
      >
        Stop following
      </button>
    </div>
  );
}
