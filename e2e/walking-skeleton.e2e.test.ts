import { describe, expect, it } from "vitest";
import { newUser, twoUsers } from "./fixtures/browser";
import { BoardPage } from "./pages/board-page";
import { LandingPage } from "./pages/landing-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

describe("walking skeleton", () => {
  it("lets a facilitator map a handover that a participant and a viewer see live", async () => {
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      // Alice creates the board from the landing page and maps two lanes with a handover.
      await new LandingPage(alice.page, suite.app.baseUrl).open();
      await new LandingPage(alice.page, suite.app.baseUrl).createBoard();
      const facilitator = new BoardPage(alice.page);
      await facilitator.waitForSynced();
      await facilitator.addLane("Sales");
      await facilitator.addLane("Operations");
      await facilitator.addStepInLane("Sales", "Take order");
      await facilitator.addStepInLane("Operations", "Ship order");
      await facilitator.connect("Take order", "Ship order");
      await facilitator.expectHandoverBadge("Sales → Operations");
      const { editUrl, viewUrl } = await facilitator.shareLinks();

      // Bob opens the edit link and sees the same map.
      const participant = new BoardPage(bob.page);
      await participant.open(editUrl);
      await participant.lane("Sales").waitFor();
      await participant.lane("Operations").waitFor();
      await participant.step("Take order").waitFor();
      await participant.step("Ship order").waitFor();
      await participant.expectHandoverBadge("Sales → Operations");

      // A reload keeps everything: it comes back from the server.
      await bob.page.reload();
      await participant.waitForSynced();
      await participant.step("Take order").waitFor();
      await participant.step("Ship order").waitFor();
      await participant.expectHandoverBadge("Sales → Operations");
      expect(await participant.stepCount()).toBe(2);

      // Carol follows on the view link: she sees it all and cannot add anything.
      const carol = await newUser(suite.browser);
      try {
        const viewer = new BoardPage(carol.page);
        await viewer.open(viewUrl);
        await carol.page.getByTestId("readonly-banner").waitFor();
        await viewer.step("Take order").waitFor();
        await viewer.expectHandoverBadge("Sales → Operations");
        expect(await carol.page.getByTestId("add-step").count()).toBe(0);
        expect(await carol.page.getByTestId("add-lane").count()).toBe(0);

        const header = await viewer.lane("Operations").boundingBox();
        if (!header) throw new Error("The Operations lane is not on screen for the viewer.");
        await carol.page.mouse.dblclick(header.x + header.width + 500, header.y + header.height / 2);
        await carol.page.waitForTimeout(500);
        expect(await carol.page.getByTestId("step-label-input").count()).toBe(0);
        expect(await viewer.stepCount()).toBe(2);
        expect(await participant.stepCount()).toBe(2);
      } finally {
        await carol.context.close();
      }
    } finally {
      await close();
    }
  });
});
