import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  endWalk,
  facilitationRoom,
  parseSyncRoom,
  readFacilitation,
  revealSilentRound,
  setLocked,
  setSummon,
  setTimer,
  startSilentRound,
  walkTo,
  FACILITATION_ROOT,
} from "./facilitation-doc";
import { startTimer } from "./timer";

describe("facilitation doc", () => {
  it("reads as nothing going on when empty or malformed", () => {
    const doc = new Y.Doc();
    doc.getMap(FACILITATION_ROOT).set("walk", "sideways");
    doc.getMap(FACILITATION_ROOT).set("locked", "yes");
    expect(readFacilitation(doc)).toEqual({
      locked: false,
      walk: { active: false, stepId: null, visited: [] },
      timer: { status: "idle" },
      summon: { active: false, clientId: null, presenceId: null },
      silentRound: { id: null, status: "idle", anonymous: false },
    });
  });

  it("locks, walks, times, summons and runs a silent round", () => {
    const doc = new Y.Doc();
    setLocked(doc, true);
    walkTo(doc, "a");
    walkTo(doc, "b");
    walkTo(doc, "a");
    setTimer(doc, startTimer(1000, 300_000));
    setSummon(doc, 42, "tab_facilitator");
    startSilentRound(doc, "r1", true);
    revealSilentRound(doc);
    expect(readFacilitation(doc)).toEqual({
      locked: true,
      walk: { active: true, stepId: "a", visited: ["b", "a"] },
      timer: { status: "running", endsAt: 301_000, durationMs: 300_000 },
      summon: { active: true, clientId: 42, presenceId: "tab_facilitator" },
      silentRound: { id: "r1", status: "revealed", anonymous: true },
    });
    endWalk(doc);
    setSummon(doc, null);
    expect(readFacilitation(doc).walk.active).toBe(false);
    expect(readFacilitation(doc).summon).toEqual({ active: false, clientId: null, presenceId: null });
  });

  it("reads a summon made with a client id only, as before tabs had presence ids", () => {
    const doc = new Y.Doc();
    setSummon(doc, 42);
    expect(readFacilitation(doc).summon).toEqual({ active: true, clientId: 42, presenceId: null });
    doc.getMap(FACILITATION_ROOT).set("summon", { active: true, clientId: 42, presenceId: 7 });
    expect(readFacilitation(doc).summon.presenceId).toBeNull();
  });

  it("names the facilitation room after the board and parses it back", () => {
    expect(facilitationRoom("b_123")).toBe("b_123.facilitation");
    expect(parseSyncRoom("b_123.facilitation")).toEqual({ boardId: "b_123", facilitation: true });
    expect(parseSyncRoom("b_123")).toEqual({ boardId: "b_123", facilitation: false });
  });
});
