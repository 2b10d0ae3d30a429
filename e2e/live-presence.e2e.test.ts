import { describe, expect, it } from "vitest";
import { withFacilitatorAndParticipant as withBoth, type Attendee } from "./fixtures/live-board";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

const withFacilitatorAndParticipant = (body: (alice: Attendee, bob: Attendee) => Promise<void>): Promise<void> =>
  withBoth(suite.app.baseUrl, suite.browser, body);

describe("live presence", () => {
  it("outlines the step, flow and lane someone selects on the other screen, in their colour", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      const colour = await alice.live.ownColour();
      expect(colour).toMatch(/^rgb/);

      await alice.board.step("Check order").click();
      const step = bob.live.remoteSelection("step", "s2", "Alice");
      await step.waitFor();
      expect(await bob.live.remoteSelectionColour(step)).toBe(colour);

      // The "yes" flow from Credit OK? to Pick and pack, added to the selection.
      await alice.live.clickFlow("f3", { add: true });
      const flow = bob.live.remoteSelection("flow", "f3", "Alice");
      await flow.locator("path").waitFor();
      expect(await bob.live.remoteSelectionColour(flow)).toBe(colour);
      await step.waitFor();

      await alice.board.lane("Finance").click();
      const lane = bob.live.remoteSelection("lane", "finance", "Alice");
      await lane.waitFor();
      expect(await bob.live.remoteSelectionColour(lane)).toBe(colour);
      await step.waitFor({ state: "detached" });
      await flow.waitFor({ state: "detached" });
      // The lane's name tag sits clear of the lane headers, where it can be read.
      await lane.getByText("Alice").waitFor();

      // Alice sees Bob's selection the same way, in his colour.
      await bob.board.step("Pick and pack").click();
      const bobs = alice.live.remoteSelection("step", "s5", "Bob");
      await bobs.waitFor();
      expect(await alice.live.remoteSelectionColour(bobs)).toBe(await bob.live.ownColour());
    });
  });

  it("keeps everyone following the facilitator through a reload of the facilitator's page", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await alice.live.pan(-500, -200);
      await alice.live.facilitate("summon-toggle");
      await bob.user.page.getByTestId("follow-banner").waitFor();
      const centre = await alice.live.viewCentre();
      await expect
        .poll(async () => Math.abs((await bob.live.viewCentre()).cx - centre.cx), { timeout: 5000 })
        .toBeLessThan(2);

      await alice.user.page.reload();
      await alice.board.waitForSynced();
      // The facilitator's own button still says the summon is on.
      await expect.poll(() => alice.user.page.getByTestId("summon-toggle").getAttribute("aria-pressed")).toBe("true");
      await bob.user.page.getByTestId("follow-banner").waitFor();

      // Once the participant follows the reloaded facilitator again, a pan takes them along.
      const distance = async () => {
        const [leader, follower] = await Promise.all([alice.live.viewCentre(), bob.live.viewCentre()]);
        return Math.hypot(leader.cx - follower.cx, leader.cy - follower.cy);
      };
      await expect.poll(distance, { timeout: 5000 }).toBeLessThan(2);
      await alice.live.pan(350, 120);
      await expect.poll(distance, { timeout: 5000 }).toBeLessThan(2);

      // Releasing after the reload still lets everyone go.
      await alice.live.facilitate("summon-toggle");
      await bob.user.page.getByTestId("follow-banner").waitFor({ state: "detached" });
    });
  });
});
