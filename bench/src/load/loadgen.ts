import type { ChildProcess } from "node:child_process";
import type { BoardAddress, PeerName } from "../peers/board-address";
import { spawnNode } from "../peers/peer-process";
import { RpcClient } from "../rpc";
import type { ConvergenceResult } from "./convergence";
import type { ChurnResult, ChurnSpec } from "./churn";
import type { ColdBoardSpec } from "./cold-load";
import type { RunResult, RunSpec, SessionSpec } from "./load-session";

const LONG = 10 * 60_000;

/** The bench's handle on the load generator process (see loadgen-worker.ts). */
export class LoadGenerator {
  private constructor(
    private readonly child: ChildProcess,
    private readonly rpc: RpcClient,
  ) {}

  static async start(cpu: number | undefined, nodeArgs: string[] = []): Promise<LoadGenerator> {
    const child = spawnNode("src/load/loadgen-worker.ts", {
      cpu,
      nodeArgs: ["--expose-gc", "--max-old-space-size=4096", ...nodeArgs],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load generator did not start: ${stderr}`)), 30_000);
      child.on("message", (message: { type?: string }) => {
        if (message?.type === "ready") {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`load generator exited with ${code}: ${stderr}`)));
    });
    return new LoadGenerator(child, new RpcClient(child));
  }

  get pid(): number {
    return this.child.pid!;
  }

  open(spec: SessionSpec): Promise<number> {
    return this.rpc.call("open", spec, LONG);
  }

  seed(id: number, elements: number): Promise<void> {
    return this.rpc.call("seed", { id, elements }, LONG);
  }

  run(id: number, spec: RunSpec): Promise<RunResult> {
    return this.rpc.call("run", { id, spec }, LONG);
  }

  convergence(id: number): Promise<ConvergenceResult> {
    return this.rpc.call("convergence", { id }, LONG);
  }

  close(id: number): Promise<void> {
    return this.rpc.call("close", { id }, LONG);
  }

  writeColdBoard(peer: PeerName, port: number, spec: ColdBoardSpec): Promise<BoardAddress> {
    return this.rpc.call("writeColdBoard", { peer, port, spec }, LONG);
  }

  timeColdLoad(address: BoardAddress, port: number, elements: number): Promise<number> {
    return this.rpc.call("timeColdLoad", { address, port, elements }, LONG);
  }

  createBoards(peer: PeerName, port: number, count: number): Promise<BoardAddress[]> {
    return this.rpc.call("createBoards", { peer, port, count }, LONG);
  }

  churn(boards: BoardAddress[], spec: ChurnSpec): Promise<ChurnResult> {
    return this.rpc.call("churn", { boards, spec }, LONG);
  }

  stop(): void {
    this.child.kill("SIGTERM");
  }
}
