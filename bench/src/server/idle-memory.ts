import type { LoadGenerator } from "../load/loadgen";
import type { PeerProcess } from "../peers/peer-process";
import type { Plan } from "../plan";

export interface IdleMemory {
  boards: number;
  elementsPerBoard: number;
  rssWarmBytes: number;
  rssLoadedBytes: number;
  perBoardBytes: number;
}

/**
 * What one more loaded, idle board costs: RSS with a few boards open (so code and pools are
 * warm) against RSS with many more, each holding a small map and one connected client.
 */
export async function idleMemory(loadgen: LoadGenerator, peer: PeerProcess, plan: Plan): Promise<IdleMemory> {
  const { warmBoards, boards, elementsPerBoard } = plan.idle;
  const open = async (count: number): Promise<number> => {
    const id = await loadgen.open({ peer: peer.name, port: peer.port, boards: count, clientsPerBoard: 1 });
    await loadgen.seed(id, elementsPerBoard);
    return id;
  };
  const warm = await open(warmBoards);
  const loaded = await (async () => {
    const rssWarmBytes = await peer.settledRssBytes();
    const id = await open(boards);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssLoadedBytes = await peer.settledRssBytes();
    await loadgen.close(id);
    return { rssWarmBytes, rssLoadedBytes };
  })().finally(() => loadgen.close(warm));
  return {
    boards,
    elementsPerBoard,
    ...loaded,
    perBoardBytes: (loaded.rssLoadedBytes - loaded.rssWarmBytes) / boards,
  };
}
