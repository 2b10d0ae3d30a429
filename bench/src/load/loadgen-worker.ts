import { createBoards, type BoardAddress, type PeerName } from "../peers/board-address";
import { serveRpc } from "../rpc";
import { churn, type ChurnSpec } from "./churn";
import { onPort, timeColdLoad, writeColdBoard, type ColdBoardSpec } from "./cold-load";
import { LoadSession, type RunSpec, type SessionSpec } from "./load-session";

/**
 * The load generator as its own process, pinned to the core the server does not use. The bench
 * drives it over IPC; everything client-side (sockets, docs, timing) happens here.
 */
const sessions = new Map<number, LoadSession>();
let nextSession = 1;

function session(id: number): LoadSession {
  const found = sessions.get(id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
}

serveRpc({
  open: async (spec: SessionSpec) => {
    const id = nextSession++;
    sessions.set(id, await LoadSession.open(spec));
    return id;
  },
  seed: ({ id, elements }: { id: number; elements: number }) => session(id).seed(elements),
  run: ({ id, spec }: { id: number; spec: RunSpec }) => session(id).run(spec),
  convergence: ({ id }: { id: number }) => session(id).convergence(),
  close: async ({ id }: { id: number }) => {
    const found = session(id);
    sessions.delete(id);
    await found.disconnect();
    found.close();
  },
  writeColdBoard: ({ peer, port, spec }: { peer: PeerName; port: number; spec: ColdBoardSpec }) =>
    writeColdBoard(peer, port, spec),
  timeColdLoad: ({ address, port, elements }: { address: BoardAddress; port: number; elements: number }) =>
    timeColdLoad(onPort(address, port), elements),
  createBoards: ({ peer, port, count }: { peer: PeerName; port: number; count: number }) =>
    createBoards(peer, port, count),
  churn: ({ boards, spec }: { boards: BoardAddress[]; spec: ChurnSpec }) => churn(boards, spec),
});

process.send?.({ type: "ready" });

// A clean exit, so `--cpu-prof` gets to write its profile.
process.on("SIGTERM", () => process.exit(0));
