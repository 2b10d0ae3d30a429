import { describe, expect, it } from "vitest";
import { withFacilitatorAndParticipant as withBoth, type Attendee } from "./fixtures/live-board";
import { useAppAndBrowser } from "./fixtures/suite";
import { OutlinePanel } from "./pages/outline-panel";

const suite = useAppAndBrowser();

const withFacilitatorAndParticipant = (body: (alice: Attendee, bob: Attendee) => Promise<void>): Promise<void> =>
  withBoth(suite.app.baseUrl, suite.browser, body);

const distance = ({ dx, dy }: { dx: number; dy: number }) => Math.hypot(dx, dy);

describe("board outline", () => {
  it("lists the steps in flow order with the handovers into and out of each", async () => {
    await withFacilitatorAndParticipant(async (alice) => {
      const outline = new OutlinePanel(alice.user.page);
      await outline.open();
      expect(await outline.stepLabels()).toEqual([
        "Place order",
        "Check order",
        "Credit OK?",
        "Approve credit",
        "Pick and pack",
        "Wait for pickup",
        "Send invoice",
        "Deliver parcel",
        "Order received",
      ]);
      expect(await outline.handovers("Credit OK?")).toEqual([
        "hands over to Warehouse: Pick and pack",
        "hands over to Finance: Approve credit",
      ]);
      expect(await outline.handovers("Pick and pack")).toEqual([
        "receives from Sales: Credit OK?",
        "receives from Finance: Approve credit",
      ]);
    });
  });

  it("selects and centres the step or lane picked in the outline, by mouse or keyboard, and lists a step the other person adds", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      const outline = new OutlinePanel(alice.user.page);
      await outline.open();

      await outline.step("Send invoice").click();
      const invoice = alice.board.step("Send invoice");
      await expect.poll(() => invoice.getAttribute("class")).toContain("step--selected");
      await expect.poll(async () => distance(await alice.live.offCentre(invoice)), { timeout: 5000 }).toBeLessThan(20);

      await outline.lane("Carrier").click();
      const carrierBand = alice.user.page.locator('.lane[data-lane-id="carrier"]');
      await expect.poll(() => carrierBand.getAttribute("class")).toContain("lane--active");
      await expect.poll(() => alice.board.lane("Carrier").getAttribute("class")).toContain("lane-header--active");
      await expect
        .poll(async () => Math.abs((await alice.live.offCentre(carrierBand)).dy), { timeout: 5000 })
        .toBeLessThan(20);
      expect(await invoice.getAttribute("class")).not.toContain("step--selected");

      // Keyboard: from the lane just picked, Down moves through the list, Home goes back to the top, Enter picks.
      expect(await outline.focused()).toBe("lane:Carrier");
      await alice.user.page.keyboard.press("ArrowDown");
      await alice.user.page.keyboard.press("ArrowDown");
      expect(await outline.focused()).toBe("step:Check order");
      await alice.user.page.keyboard.press("Enter");
      const check = alice.board.step("Check order");
      await expect.poll(() => check.getAttribute("class")).toContain("step--selected");
      await expect.poll(async () => distance(await alice.live.offCentre(check)), { timeout: 5000 }).toBeLessThan(20);
      // With a step selected, Enter in the outline picks the next entry; it does not rename the selected step.
      await alice.user.page.keyboard.press("ArrowDown");
      await alice.user.page.keyboard.press("Enter");
      await expect.poll(() => alice.board.step("Credit OK?").getAttribute("class")).toContain("step--selected");
      expect(await alice.user.page.getByTestId("step-label-input").count()).toBe(0);
      await alice.user.page.keyboard.press("Home");
      expect(await outline.focused()).toBe("lane:Customer");

      // Tab leaves the outline from the entry in use: the rest of the list is one tab stop.
      expect(await alice.user.page.locator('[data-outline-entry][tabindex="0"]').count()).toBe(1);

      await bob.board.addStepInLane("Finance", "Chase payment");
      await expect.poll(() => outline.stepLabels()).toContain("Chase payment");
      await expect.poll(() => outline.lane("Finance").textContent()).toContain("3 steps");
    });
  });

  it("lets the facilitator move everyone's walk from the outline, while picking a step there only selects it", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      const outline = new OutlinePanel(alice.user.page);
      await outline.open();
      await alice.live.facilitate("walk-start");
      await expect.poll(() => bob.live.walkCurrent().getAttribute("data-step-label")).toBe("Place order");

      await outline.step("Pick and pack").click();
      await alice.user.page.keyboard.press("ArrowDown");
      // A walk move shows on the facilitator's own screen first: one frame after the key, it has not moved.
      await alice.user.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(await alice.live.walkCurrent().getAttribute("data-step-label")).toBe("Place order");
      expect(await bob.live.walkCurrent().getAttribute("data-step-label")).toBe("Place order");

      await outline.walkHere("Pick and pack").click();
      for (const attendee of [alice, bob]) {
        await expect.poll(() => attendee.live.walkCurrent().getAttribute("data-step-label")).toBe("Pick and pack");
        await expect.poll(() => attendee.live.page.getByTestId("walk-card-step").textContent()).toBe("Pick and pack");
      }
      await expect.poll(() => outline.step("Pick and pack").getAttribute("aria-current")).toBe("step");

      // Only the facilitator can move the walk; the participant's outline just follows it.
      const bobsOutline = new OutlinePanel(bob.user.page);
      await bobsOutline.open();
      await expect.poll(() => bobsOutline.step("Pick and pack").getAttribute("aria-current")).toBe("step");
      expect(await bob.user.page.getByTestId("outline-walk-here").count()).toBe(0);
    });
  });
});
