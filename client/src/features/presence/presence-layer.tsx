import { RemoteCursors } from "./remote-cursors";
import { RemoteSelections } from "./remote-selections";
import { useFollowViewport } from "./use-follow-viewport";
import { usePublishPointer } from "./use-publish-pointer";
import { usePublishViewport } from "./use-publish-viewport";
import "./presence.css";

/** Everything presence draws on and reads from the canvas; rendered inside React Flow. */
export function PresenceLayer() {
  usePublishPointer();
  usePublishViewport();
  useFollowViewport();
  return (
    <>
      <RemoteSelections />
      <RemoteCursors />
    </>
  );
}
