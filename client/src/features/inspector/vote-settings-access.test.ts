import { describe, expect, it } from "vitest";
import { voteSettingsAccess } from "./vote-settings-access";

describe("who may change the vote's settings", () => {
  it("lets the facilitator change the dots and hide or reveal the votes", () => {
    expect(voteSettingsAccess("facilitator", false)).toEqual({ editable: true, note: null });
  });

  it("shows a participant on an edit link the settings read-only, set by the facilitator", () => {
    expect(voteSettingsAccess("edit", false)).toEqual({ editable: false, note: "Set by the facilitator." });
  });

  it("shows a viewer the settings read-only, set by the facilitator", () => {
    expect(voteSettingsAccess("view", true)).toEqual({ editable: false, note: "Set by the facilitator." });
  });

  it("locks them for the facilitator too when the board cannot sync, without blaming the facilitator", () => {
    expect(voteSettingsAccess("facilitator", true)).toEqual({ editable: false, note: null });
  });
});
