import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aggregateReview } from "@brownpaper/shared";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";
import type { BoardStore } from "../storage/board-store";
import { MemoryStore } from "../storage/memory-store";
import { PostgresStore } from "../storage/postgres-store";
import { SqliteStore } from "../storage/sqlite-store";
import type { ReviewStore, StoredRound } from "./review-store";
import { reviewStoreFor } from "./review-store-for";

/** One contract for every ReviewStore adapter, each on the BoardStore it lives beside. */
const factories: {
  name: string;
  open(): Promise<{ boards: BoardStore; reopen?: () => Promise<BoardStore>; cleanup(): Promise<void> | void }>;
}[] = [
  { name: "memory", open: async () => ({ boards: new MemoryStore(), cleanup: () => {} }) },
  {
    name: "sqlite",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "brownpaper-reviews-"));
      return {
        boards: SqliteStore.inDirectory(dir),
        reopen: async () => SqliteStore.inDirectory(dir),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    open: async () => {
      const schema = `bp_reviews_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      return {
        boards: await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 4 }),
        reopen: () => PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 4 }),
        cleanup: () => dropSchema(schema),
      };
    },
  },
];

const round = { id: "r_one", boardId: "b_board1", agreementId: "agr_1", openedAt: "2026-12-01T09:00:00.000Z" };
const aggregate = (stored: StoredRound, responses: Parameters<typeof aggregateReview>[0]["responses"]) =>
  aggregateReview({ id: stored.id, openedAt: stored.openedAt, closedAt: "2026-12-02T09:00:00.000Z", responses });

describe.each(factories)("ReviewStore beside $name", (factory) => {
  let boards: BoardStore;
  let reviews: ReviewStore;
  let reopen: (() => Promise<BoardStore>) | undefined;
  let cleanup: () => Promise<void> | void;
  const extra: BoardStore[] = [];

  beforeEach(async () => {
    ({ boards, reopen, cleanup } = await factory.open());
    reviews = reviewStoreFor(boards);
  });
  afterEach(async () => {
    for (const store of extra.splice(0)) await store.close();
    await boards.close();
    await cleanup();
  });

  it("opens one round per agreement at a time, and another once it is closed", async () => {
    expect(await reviews.openRound(round)).toEqual({ opened: true });
    expect(await reviews.openRound({ ...round, id: "r_two" })).toEqual({ opened: false, open: "r_one" });
    expect(await reviews.openRound({ ...round, id: "r_other", agreementId: "agr_2" })).toEqual({ opened: true });
    await reviews.closeRound("r_one", "2026-12-02T09:00:00.000Z", aggregate);
    expect(await reviews.openRound({ ...round, id: "r_two" })).toEqual({ opened: true });
  });

  it("finds a round only under its own board and agreement", async () => {
    await reviews.openRound(round);
    expect(await reviews.round("b_board1", "agr_1", "r_one")).toEqual({ ...round, status: "open", responses: 0 });
    expect(await reviews.round("b_board2", "agr_1", "r_one")).toBeNull();
    expect(await reviews.round("b_board1", "agr_2", "r_one")).toBeNull();
    expect(await reviews.round("b_board1", "agr_1", "r_none")).toBeNull();
  });

  it("counts responses up to the cap, closes with their aggregates, then refuses more", async () => {
    await reviews.openRound(round);
    expect(await reviews.addResponse("r_one", { scores: { m1: 100 }, focus: 50, comment: "ok" }, 2)).toEqual({
      added: true,
      responses: 1,
    });
    expect(await reviews.addResponse("r_one", { scores: { m1: 50, m2: 25 } }, 2)).toEqual({
      added: true,
      responses: 2,
    });
    expect(await reviews.addResponse("r_one", { scores: { m1: 0 } }, 2)).toEqual({ added: false, reason: "full" });

    const closed = await reviews.closeRound("r_one", "2026-12-02T09:00:00.000Z", aggregate);
    expect(closed).toEqual({
      written: false,
      record: {
        id: "r_one",
        openedAt: round.openedAt,
        closedAt: "2026-12-02T09:00:00.000Z",
        responses: 2,
        measureScores: { m1: 75, m2: 25 },
        focus: 50,
        comments: ["ok"],
      },
    });
    expect(await reviews.addResponse("r_one", { scores: { m1: 0 } }, 10)).toEqual({ added: false, reason: "closed" });
    expect(await reviews.round("b_board1", "agr_1", "r_one")).toMatchObject({ status: "closed", responses: 2 });
  });

  it("answers a closed round's record again on a second close, and remembers once it is written", async () => {
    await reviews.openRound(round);
    await reviews.addResponse("r_one", { scores: { m1: 40 } }, 10);
    const first = await reviews.closeRound("r_one", "2026-12-02T09:00:00.000Z", aggregate);
    const again = await reviews.closeRound("r_one", "2026-12-03T09:00:00.000Z", () => {
      throw new Error("a closed round is not aggregated again");
    });
    expect(again).toEqual(first);
    await reviews.markWritten("r_one");
    expect(await reviews.closeRound("r_one", "2026-12-03T09:00:00.000Z", aggregate)).toEqual({
      record: first!.record,
      written: true,
    });
    expect(await reviews.closeRound("r_none", "2026-12-03T09:00:00.000Z", aggregate)).toBeNull();
  });

  it("keeps open rounds and their responses across a restart", async () => {
    if (!reopen) return;
    await reviews.openRound(round);
    await reviews.addResponse("r_one", { scores: { m1: 80 } }, 10);
    const again = await reopen();
    extra.push(again);
    const reopened = reviewStoreFor(again);
    expect(await reopened.round("b_board1", "agr_1", "r_one")).toMatchObject({ status: "open", responses: 1 });
    expect((await reopened.closeRound("r_one", "2026-12-02T09:00:00.000Z", aggregate))?.record.measureScores).toEqual({
      m1: 80,
    });
  });

  it("lets exactly `max` of many responses at once in", async () => {
    await reviews.openRound(round);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => reviews.addResponse("r_one", { scores: { m1: i } }, 5)),
    );
    expect(outcomes.filter((outcome) => outcome.added)).toHaveLength(5);
    expect((await reviews.closeRound("r_one", "2026-12-02T09:00:00.000Z", aggregate))?.record.responses).toBe(5);
  });
});
