import { useState } from "react";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { useName } from "../../state/preferences";
import { ROLE_LABEL } from "./role-label";
import { useLocalPresence } from "./use-local-presence";
import { usePeers } from "../../sync/use-peers";
import "./presence.css";

const selectFollowTarget = (state: ReturnType<typeof useUiStore.getState>) => state.follow.target;
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");

/** The people on the board as coloured initials; the list says who they are and lets you follow them. */
export function WhoIsHere() {
  const { awareness } = useBoardSession();
  const me = useLocalPresence();
  const peers = usePeers();
  const following = useUiStore(selectFollowTarget);
  const [open, setOpen] = useState(false);
  const [, setName] = useName();

  const toggleFollow = (clientId: number) => {
    const dispatch = useUiStore.getState().dispatchFollow;
    dispatch(following === clientId ? { type: "stop" } : { type: "follow", clientId, me: awareness.clientID });
    setOpen(false);
  };

  return (
    <div className="who">
      <button
        type="button"
        className="who__faces"
        aria-expanded={open}
        aria-label={`${peers.length + 1} here: show who`}
        data-testid="who-is-here"
        onClick={() => setOpen(!open)}
      >
        {[me, ...peers.slice(0, 4).map((peer) => peer.user)].map((user, index) => (
          <span key={index} className="who__face" style={{ background: user.colour }} title={user.name}>
            {initials(user.name) || "?"}
          </span>
        ))}
        {peers.length > 4 && <span className="who__more">+{peers.length - 4}</span>}
      </button>
      {open && (
        <div className="who__list popover" role="dialog" aria-label="Who's here">
          <h2 className="who__title">Who's here</h2>
          <ul>
            <li className="who__person">
              <span className="who__dot" style={{ background: me.colour }} aria-hidden="true" />
              <input
                className="field__input who__name-input"
                aria-label="Your name"
                defaultValue={me.name === "Guest" ? "" : me.name}
                placeholder="Your name"
                onKeyDown={(event) => event.stopPropagation()}
                onBlur={(event) => event.target.value.trim() && setName(event.target.value)}
              />
              <span className="who__role">{ROLE_LABEL[me.role]} · you</span>
            </li>
            {peers.map((peer) => (
              <li
                key={peer.clientId}
                className="who__person"
                data-testid="present-person"
                data-name={peer.user.name}
                data-role={peer.user.role}
              >
                <span className="who__dot" style={{ background: peer.user.colour }} aria-hidden="true" />
                <span className="who__name">{peer.user.name}</span>
                <span className="who__role">{ROLE_LABEL[peer.user.role]}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={following === peer.clientId}
                  onClick={() => toggleFollow(peer.clientId)}
                >
                  {following === peer.clientId ? "Stop following" : "Follow"}
                </button>
              </li>
            ))}
          </ul>
          {peers.length === 0 && <p className="who__empty">Nobody else yet. Share the link to bring people in.</p>}
        </div>
      )}
    </div>
  );
}
