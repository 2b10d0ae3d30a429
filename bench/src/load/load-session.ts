import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { createBoards, type BoardAddress, type PeerName } from "../peers/board-address";
import { Histogram, type HistogramJson, type LatencySummary } from "../stats/histogram";
import { onPort } from "./cold-load";
import { checkConvergence, combineConvergence, type ConvergenceResult } from "./convergence";
import { FanoutTracker } from "./fanout-tracker";
import { instanceOfClient } from "./instance-split";
import { OpenLoopSchedule } from "./open-loop-schedule";
import { SimClient } from "./sim-client";
import { createOwnStep, editStep, STEPS_ROOT, writeSteps } from "./step-edits";
import { pause, waitUntil } from "./wait";

export interface SessionSpec {
  peer: PeerName;
  port: number;
  boards: number;
  clientsPerBoard: number;
  /**
   * Several instances of the peer serving the same boards (the scale-out phase): boards are
   * created on `port`, and each board's clients are spread over these ports round-robin.
   */
  instancePorts?: number[];
}

export interface RunSpec {
  ratePerClient: number;
  /** Sent but not timed: connections and JITs settle. */
  warmupMs: number;
  measureMs: number;
  /** An edit sent in the window counts towards throughput if fully fanned out this soon after it. */
  graceMs: number;
  /** Longest wait, after the last send, for every edit to reach every client. */
  drainMs: number;
}

export interface RunResult {
  offeredPerSec: number;
  /** Edits scheduled in the window (the offered rate, less rounding over a short window). */
  scheduledInWindow: number;
  /** Of those, the share applied by every other client within the grace after the window. */
  achievedFraction: number;
  /** `offeredPerSec × achievedFraction`. */
  achievedPerSec: number;
  latency: LatencySummary;
  histogram: HistogramJson;
  /** (edit, receiver) deliveries still missing after the drain; anything above 0 is loss. */
  missingDeliveries: number;
  expectedDeliveries: number;
  /** How late the load generator sent, against the schedule: if high, it was the bottleneck. */
  sendLagP95Ms: number;
  sendLagP99Ms: number;
  loadgenEventLoopP99Ms: number;
  /** The load generator's CPU time over the window's wall time (1 = its core fully busy). */
  loadgenCpu: number;
  clientErrors: number;
}

interface Board {
  /** The board on each instance (one address unless the session spans several instances). */
  addresses: BoardAddress[];
  clients: SimClient[];
}

const EVENT_LOOP_RESOLUTION_MS = 5;

/**
 * A peer's boards with their connected clients, driven open loop at a fixed rate per client.
 * The clients stay connected between runs, so a ramp raises the rate on the same boards.
 */
export class LoadSession {
  private tracker: FanoutTracker | null = null;
  private readonly boards: Board[] = [];
  private readonly steps = new Map<SimClient, Y.Map<unknown>>();
  private edits = 0;

  private constructor(readonly spec: SessionSpec) {}

  static async open(spec: SessionSpec): Promise<LoadSession> {
    const session = new LoadSession(spec);
    try {
      await session.connectAll();
    } catch (error) {
      session.close();
      throw error;
    }
    return session;
  }

  get clients(): SimClient[] {
    return this.boards.flatMap((board) => board.clients);
  }

  private async connectAll(): Promise<void> {
    const { peer, port, boards, clientsPerBoard } = this.spec;
    const ports = this.spec.instancePorts ?? [port];
    const onApplied = (receiver: number, sender: number, clock: number, now: number): void =>
      this.tracker?.applied(receiver, sender, clock, now);
    for (const address of await createBoards(peer, port, boards)) {
      const addresses = ports.map((instancePort) => onPort(address, instancePort));
      const clients = Array.from(
        { length: clientsPerBoard },
        (_, index) => new SimClient(addresses[instanceOfClient(index, addresses.length)]!, { onApplied }),
      );
      this.boards.push({ addresses, clients });
    }
    const all = this.clients;
    for (let start = 0; start < all.length; start += 50) {
      await Promise.all(all.slice(start, start + 50).map((client) => client.connect()));
    }
    for (const client of all) this.steps.set(client, createOwnStep(client.doc));
    await waitUntil("every client sees every other client's step", 30_000, () =>
      all.every((client) => client.doc.getMap(STEPS_ROOT).size >= clientsPerBoard),
    );
  }

  /** Writes `count` steps into every board from its first client (the idle-board content). */
  async seed(count: number): Promise<void> {
    for (const board of this.boards) {
      writeSteps(board.clients[0]!.doc, count, { separateUpdates: false, prefix: "seed" });
    }
    await waitUntil("seeded boards reach every client", 30_000, () =>
      this.clients.every((client) => client.doc.getMap(STEPS_ROOT).size >= count),
    );
  }

  async run(spec: RunSpec): Promise<RunResult> {
    const clients = this.clients;
    // Garbage from setup or the previous run should not be collected inside this window.
    (globalThis as { gc?: () => void }).gc?.();
    const receivers = this.spec.clientsPerBoard - 1;
    const start = performance.now() + 20;
    const from = start + spec.warmupMs;
    const until = from + spec.measureMs;
    const tracker = new FanoutTracker();
    this.tracker = tracker;
    const schedule = new OpenLoopSchedule(clients.length, spec.ratePerClient, start);
    const sendLag = new Histogram();
    const eventLoop = monitorEventLoopDelay({ resolution: EVENT_LOOP_RESOLUTION_MS });
    let eventLoopReset = false;
    let cpuAtFrom = process.cpuUsage();
    eventLoop.enable();

    const send = (index: number, intendedAt: number): void => {
      const client = clients[index]!;
      const sentAt = performance.now();
      editStep(client.doc, this.steps.get(client)!, ++this.edits);
      // Whether an edit counts is decided by its schedule, so the window holds exactly what was offered.
      const measured = intendedAt >= from && intendedAt < until;
      tracker.sentEdit(client.clientId, Y.getState(client.doc.store, client.clientId), sentAt, receivers, measured);
      if (measured) sendLag.recordMillis(sentAt - intendedAt);
    };
    for (;;) {
      const now = performance.now();
      if (now >= until) break;
      if (!eventLoopReset && now >= from) {
        eventLoop.reset();
        cpuAtFrom = process.cpuUsage();
        eventLoopReset = true;
      }
      schedule.due(now, send);
      await pause(1);
    }
    eventLoop.disable();
    const cpu = process.cpuUsage(cpuAtFrom);
    const loadgenCpu = (cpu.user + cpu.system) / 1000 / spec.measureMs;
    await waitUntil("every edit reached every client", spec.drainMs, () => tracker.allDelivered).catch(() => undefined);
    this.tracker = null;

    const counts = tracker.counts(until + spec.graceMs);
    const offeredPerSec = clients.length * spec.ratePerClient;
    const achievedFraction = counts.measuredSent === 0 ? 0 : counts.completedByDeadline / counts.measuredSent;
    return {
      offeredPerSec,
      scheduledInWindow: counts.measuredSent,
      achievedFraction,
      achievedPerSec: offeredPerSec * achievedFraction,
      latency: tracker.latency.summary(),
      histogram: tracker.latency.toJSON(),
      missingDeliveries: counts.missingDeliveries,
      expectedDeliveries: counts.expectedDeliveries,
      sendLagP95Ms: sendLag.summary().p95Ms,
      sendLagP99Ms: sendLag.summary().p99Ms,
      loadgenEventLoopP99Ms: Math.max(0, eventLoop.percentile(99) / 1e6 - EVENT_LOOP_RESOLUTION_MS),
      loadgenCpu,
      clientErrors: clients.reduce((sum, client) => sum + client.errors.length, 0),
    };
  }

  /**
   * Every board's clients, plus a fresh client that syncs from each instance now, must hold the
   * same state: a server that lost an update, or never stored one, fails here.
   */
  async convergence(): Promise<ConvergenceResult> {
    const results: ConvergenceResult[] = [];
    for (const board of this.boards) {
      const auditors = board.addresses.map((address) => new SimClient(address));
      try {
        await Promise.all(auditors.map((auditor) => auditor.connect()));
        results.push(
          checkConvergence([...board.clients.map((client) => client.doc), ...auditors.map((auditor) => auditor.doc)]),
        );
      } catch {
        results.push({
          converged: false,
          docs: board.clients.length + auditors.length,
          distinctStateVectors: 0,
          distinctStates: 0,
        });
      } finally {
        for (const auditor of auditors) {
          await auditor.close();
          auditor.destroy();
        }
      }
    }
    return combineConvergence(results);
  }

  async disconnect(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.close()));
  }

  close(): void {
    for (const client of this.clients) client.destroy();
    this.boards.length = 0;
  }
}
