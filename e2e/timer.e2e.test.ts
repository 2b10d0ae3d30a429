import { describe, expect, it } from "vitest";
import { newUser, twoUsers, type User } from "./fixtures/browser";
import { createBoard, openAs } from "./fixtures/live-board";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";
import { LiveSession } from "./pages/live-session";

const suite = useAppAndBrowser();

/**
 * Headless Chromium lets any page make sound; a desktop browser keeps a page silent until the
 * person first clicks or types in it. This gives the person's browser that policy back: an
 * audio context starts suspended and will not resume until a real click or key press.
 */
async function keepSilentUntilInteraction(user: User): Promise<void> {
  await user.context.addInitScript(() => {
    let interacted = false;
    for (const type of ["pointerdown", "keydown"]) {
      window.addEventListener(type, (event) => void (interacted ||= event.isTrusted), { capture: true });
    }
    const BrowserAudioContext = window.AudioContext;
    window.AudioContext = class extends BrowserAudioContext {
      constructor(options?: AudioContextOptions) {
        super(options);
        if (!interacted) void this.suspend();
      }
      override resume(): Promise<void> {
        return interacted ? super.resume() : Promise.resolve();
      }
    };
  });
}

describe("timebox", () => {
  it("pauses, resumes, gains a minute and stops on the participant's screen as the facilitator does it", async () => {
    const links = await createBoard(suite.app.baseUrl);
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      const facilitator = await openAs(alice, links.facilitatorUrl, "Alice");
      const participant = await openAs(bob, links.editUrl, "Bob");
      await facilitator.live.facilitate("timer-start");
      await expect.poll(() => participant.live.timerPhase()).toBe("running");

      await facilitator.live.facilitate("timer-pause");
      await expect.poll(() => participant.live.timerPhase()).toBe("paused");
      const paused = await participant.live.remainingMs();
      expect(Math.abs(paused - (await facilitator.live.remainingMs()))).toBeLessThanOrEqual(1000);
      await bob.page.waitForTimeout(1200);
      expect(await participant.live.remainingMs()).toBe(paused);

      await facilitator.live.facilitate("timer-resume");
      await expect.poll(() => participant.live.timerPhase()).toBe("running");
      await expect.poll(() => participant.live.remainingMs()).toBeLessThan(paused - 500);

      const beforeMinute = await participant.live.remainingMs();
      await facilitator.live.facilitate("timer-add-minute");
      await expect.poll(() => participant.live.remainingMs()).toBeGreaterThan(beforeMinute + 55_000);

      await facilitator.live.facilitate("timer-stop");
      await expect.poll(() => participant.live.timerPhase()).toBe("idle");
      // Nothing reached zero, so nothing sounded.
      expect(await participant.live.signalCount("beep")).toBe(0);
    } finally {
      await close();
    }
  });

  it("shows time's up on every screen at zero and beeps, and offers sound to a viewer whose browser keeps it silent", async () => {
    const links = await createBoard(suite.app.baseUrl);
    const { alice, bob, close } = await twoUsers(suite.browser);
    const carol = await newUser(suite.browser);
    try {
      const facilitator = await openAs(alice, links.facilitatorUrl, "Alice");
      const participant = await openAs(bob, links.editUrl, "Bob");
      // Carol watches on the view link and never touches the page.
      await keepSilentUntilInteraction(carol);
      await new BoardPage(carol.page).open(links.viewUrl);
      const viewer = new LiveSession(carol.page);

      await facilitator.live.startShortTimebox(4000);
      await expect.poll(() => viewer.timerPhase()).toBe("running");
      await carol.page.getByTestId("timer-sound-on").waitFor();
      expect(await bob.page.getByTestId("timer-sound-on").count()).toBe(0);

      for (const live of [facilitator.live, participant.live, viewer]) {
        await expect.poll(() => live.timerPhase(), { timeout: 10_000 }).toBe("up");
        await live.timeUpBanner().waitFor();
        expect(await live.page.getByTestId("timer-time").textContent()).toBe("Time's up");
        await expect.poll(() => live.signalCount("beep")).toBe(1);
      }
      expect(await participant.live.signalCount("beep-played")).toBe(1);
      // Carol's browser held the sound back; the beep was tried, and queued nothing to sound later.
      expect(await viewer.signalCount("beep-blocked")).toBe(1);
      await carol.page.getByTestId("timer-sound-on").click();
      await carol.page.getByTestId("timer-sound-on").waitFor({ state: "detached" });

      // A participant can put the banner away on their own screen; the facilitator's stays.
      await participant.live.timeUpBanner().getByRole("button", { name: "Dismiss" }).click();
      await participant.live.timeUpBanner().waitFor({ state: "detached" });
      await facilitator.live.timeUpBanner().getByRole("button", { name: "Stop timer" }).click();
      for (const live of [facilitator.live, participant.live, viewer]) {
        await expect.poll(() => live.timerPhase()).toBe("idle");
        await live.timeUpBanner().waitFor({ state: "detached" });
      }
    } finally {
      await carol.context.close();
      await close();
    }
  });
});
