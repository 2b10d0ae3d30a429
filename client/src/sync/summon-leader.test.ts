import { describe, expect, it } from "vitest";
import type { SummonState } from "@brownpaper/shared";
import { summonIsOwnFromBeforeReload, summonLeader } from "./summon-leader";

const asFacilitator = { user: { role: "facilitator" as const } };
const participant = { clientId: 1, presenceId: "tab_participant", user: { role: "edit" as const } };
const released: SummonState = { active: false, clientId: null, presenceId: null };
const summonedBy = (clientId: number, presenceId: string | null = "tab_facilitator"): SummonState => ({
  active: true,
  clientId,
  presenceId,
});

describe("whom bring everyone makes this screen follow", () => {
  it("follows nobody when there is no summon", () => {
    expect(
      summonLeader(released, participant, [{ clientId: 9, presenceId: "tab_facilitator", ...asFacilitator }]),
    ).toEqual({ type: "none" });
  });

  it("follows the facilitator by the tab they summoned from", () => {
    expect(
      summonLeader(summonedBy(9), participant, [{ clientId: 9, presenceId: "tab_facilitator", ...asFacilitator }]),
    ).toEqual({ type: "peer", clientId: 9 });
  });

  it("finds the facilitator again under the new client id their reload gave them", () => {
    const peers = [
      { clientId: 5, presenceId: "tab_someone", ...asFacilitator },
      { clientId: 12, presenceId: "tab_facilitator", ...asFacilitator },
    ];
    expect(summonLeader(summonedBy(9), participant, peers)).toEqual({ type: "peer", clientId: 12 });
  });

  it("waits, rather than letting go, while the facilitator is away between unload and reload", () => {
    expect(
      summonLeader(summonedBy(9), participant, [{ clientId: 5, presenceId: "tab_someone", ...asFacilitator }]),
    ).toEqual({ type: "away" });
  });

  it("is the facilitator's own tab, after a reload too", () => {
    expect(summonLeader(summonedBy(9), { clientId: 12, presenceId: "tab_facilitator" }, [])).toEqual({ type: "me" });
  });

  it("prefers the client the summon names when a duplicated tab shows the same presence id", () => {
    const peers = [
      { clientId: 12, presenceId: "tab_facilitator", ...asFacilitator },
      { clientId: 9, presenceId: "tab_facilitator", ...asFacilitator },
    ];
    expect(summonLeader(summonedBy(9), participant, peers)).toEqual({ type: "peer", clientId: 9 });
  });

  it("never follows a participant who copies the facilitator's presence id, even while the facilitator is away", () => {
    const impostor = { clientId: 7, presenceId: "tab_facilitator", user: { role: "edit" as const } };
    const viewer = { clientId: 8, presenceId: "tab_facilitator", user: { role: "view" as const } };
    expect(summonLeader(summonedBy(9), participant, [impostor, viewer])).toEqual({ type: "away" });
    expect(
      summonLeader(summonedBy(9), participant, [
        impostor,
        { clientId: 12, presenceId: "tab_facilitator", ...asFacilitator },
      ]),
    ).toEqual({ type: "peer", clientId: 12 });
  });

  it("follows a summon without a presence id by client id, as older clients made it", () => {
    expect(
      summonLeader(summonedBy(9, null), participant, [{ clientId: 9, presenceId: null, ...asFacilitator }]),
    ).toEqual({ type: "peer", clientId: 9 });
    expect(summonLeader(summonedBy(9, null), participant, [])).toEqual({ type: "away" });
    expect(summonLeader(summonedBy(1, null), participant, [])).toEqual({ type: "me" });
  });
});

describe("taking back one's own summon after a reload", () => {
  const reloaded = { clientId: 12, presenceId: "tab_facilitator", ...asFacilitator };

  it("takes it back when it names this tab and a client id that has gone", () => {
    expect(summonIsOwnFromBeforeReload(summonedBy(9), reloaded, [participant])).toBe(true);
  });

  it("leaves it while the old client is still there (a duplicated tab, or the old state not yet gone)", () => {
    expect(
      summonIsOwnFromBeforeReload(summonedBy(9), reloaded, [
        { clientId: 9, presenceId: "tab_facilitator", ...asFacilitator },
      ]),
    ).toBe(false);
  });

  it("leaves someone else's summon, a released one, and one that already names this client", () => {
    expect(summonIsOwnFromBeforeReload(summonedBy(9, "tab_other"), reloaded, [])).toBe(false);
    expect(summonIsOwnFromBeforeReload(released, reloaded, [])).toBe(false);
    expect(summonIsOwnFromBeforeReload(summonedBy(12), reloaded, [])).toBe(false);
  });
});
