import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoardDoc } from "@brownpaper/shared";
import { sampleBoardFile } from "@brownpaper/shared/src/test-support/sample-board";
import { conflictBomb } from "../../test/crafted-messages";
import { HttpError } from "../http/respond";
import { createLogger } from "../logger";
import { HeavyWorkPool, type HeavyWorkLimits } from "./heavy-work-pool";

const pools: HeavyWorkPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

function pool(limits: Partial<HeavyWorkLimits> = {}): HeavyWorkPool {
  const created = new HeavyWorkPool(
    { heavyWorkThreads: 1, heavyWorkTimeoutMs: 15_000, heavyWorkQueue: 4, heavyWorkMemoryMb: 256, ...limits },
    createLogger("silent"),
  );
  pools.push(created);
  return created;
}

function sampleExport(updates = [Y.encodeStateAsUpdate(createBoardDoc(sampleBoardFile()))]) {
  return { kind: "export", boardId: "b1", resource: "export.json", updates } as const;
}

describe("the heavy-work pool", () => {
  it("renders an export in a worker thread and hands its bytes back", async () => {
    const outcome = await pool().run(sampleExport());
    if (!outcome.ok) throw new Error(outcome.message);
    const file = JSON.parse(new TextDecoder().decode(outcome.value.body)) as { title: string };
    expect(file.title).toBe(sampleBoardFile().title);
    expect(outcome.value).toMatchObject({ filename: "b1.json", type: "application/json; charset=utf-8" });
  });

  it("stops work past its time limit with a 503 that names the limit, and the next task gets a fresh thread", async () => {
    const limited = pool({ heavyWorkTimeoutMs: 8000 });
    expect(await limited.run(sampleExport())).toMatchObject({ ok: true });
    // Integrating this update is quadratic: hours of work, unless the thread is stopped.
    const stuck = limited.run(sampleExport([conflictBomb(200_000)]));
    await expect(stuck).rejects.toThrow(HttpError);
    await expect(stuck).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining("after 8 s (HEAVY_WORK_TIMEOUT_MS)"),
    });
    expect(await limited.run(sampleExport())).toMatchObject({ ok: true });
  });

  it("answers 503 when more tasks wait than the queue holds", async () => {
    const small = pool({ heavyWorkQueue: 1, heavyWorkTimeoutMs: 2000 });
    const bombs = [1, 2, 3].map(() => small.run(sampleExport([conflictBomb(200_000)])));
    const outcomes = await Promise.allSettled(bombs);
    const messages = outcomes.map((outcome) => (outcome.status === "rejected" ? String(outcome.reason.message) : ""));
    expect(messages.filter((message) => message.includes("busy with other imports and exports"))).toHaveLength(1);
  });
});
