import { describe, expect, it } from "vitest";
import { newUser, twoUsers, type User } from "./fixtures/browser";
import { SAMPLE_BOARD } from "./fixtures/sample-board";
import { WORKSHOP_BOARD } from "./fixtures/workshop-board";
import { BoardPage } from "./pages/board-page";
import { LiveSession } from "./pages/live-session";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

interface Links {
  facilitatorUrl: string;
  editUrl: string;
  viewUrl: string;
}

async function createSampleBoard(board: object = SAMPLE_BOARD): Promise<Links> {
  const response = await fetch(`${suite.app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(board),
  });
  if (response.status !== 201)
    throw new Error(`Creating the sample board failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Links;
}

/** Opens a link as a named person and returns the board and live-session page objects. */
async function openAs(user: User, link: string, name: string): Promise<{ board: BoardPage; live: LiveSession }> {
  const board = new BoardPage(user.page);
  const live = new LiveSession(user.page);
  await board.open(link);
  await live.join(name);
  return { board, live };
}

/** Sets this person's computer clock `skewMs` off the true time, as an unsynchronised laptop is. */
async function skewClock(user: User, skewMs: number): Promise<void> {
  await user.context.addInitScript((skew: number) => {
    const trueNow = Date.now.bind(Date);
    Date.now = () => trueNow() + skew;
  }, skewMs);
}

/** Holds back what the server sends on one of the board's two sockets, so the other one syncs first. */
async function delaySyncFromServer(user: User, room: "board" | "facilitation", ms: number): Promise<void> {
  const isRoom = (url: URL) =>
    url.pathname.startsWith("/sync/") && url.pathname.endsWith(".facilitation") === (room === "facilitation");
  await user.page.routeWebSocket(isRoom, (socket) => {
    const server = socket.connectToServer();
    server.onMessage((message) => void setTimeout(() => socket.send(message), ms));
  });
}

/** Runs a test body with Alice on the facilitator link and Bob on the edit link of a fresh sample board. */
async function withFacilitatorAndParticipant(
  body: (
    alice: { board: BoardPage; live: LiveSession; user: User },
    bob: { board: BoardPage; live: LiveSession; user: User },
    links: Links,
  ) => Promise<void>,
  board: object = SAMPLE_BOARD,
) {
  const links = await createSampleBoard(board);
  const { alice, bob, close } = await twoUsers(suite.browser);
  try {
    const a = await openAs(alice, links.facilitatorUrl, "Alice");
    const b = await openAs(bob, links.editUrl, "Bob");
    await body({ ...a, user: alice }, { ...b, user: bob }, links);
  } finally {
    await close();
  }
}

describe("live session", () => {
  it("shows each person's cursor with their name, and who is here with their role", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await bob.live.movePointerOnCanvas(40, 20);
      await alice.live.remoteCursor("Bob").waitFor();
      await alice.live.movePointerOnCanvas(-60, 10);
      await bob.live.remoteCursor("Alice").waitFor();
      expect(await alice.live.peopleHere()).toEqual([{ name: "Bob", role: "edit" }]);
      expect(await bob.live.peopleHere()).toEqual([{ name: "Alice", role: "facilitator" }]);

      // Bob leaves: his cursor goes from Alice's screen within a few seconds.
      await bob.user.context.close();
      await alice.live.remoteCursor("Bob").waitFor({ state: "detached", timeout: 5000 });
    });
  });

  it("brings everyone to the facilitator's view, until the participant moves their own", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await alice.live.pan(-500, -200);
      const target = await alice.live.viewCentre();
      expect(Math.abs((await bob.live.viewCentre()).cx - target.cx)).toBeGreaterThan(200);

      await alice.live.facilitate("summon-toggle");
      await bob.user.page.getByTestId("follow-banner").waitFor();
      await expect
        .poll(async () => Math.abs((await bob.live.viewCentre()).cx - target.cx), { timeout: 5000 })
        .toBeLessThan(2);
      expect(Math.abs((await bob.live.viewCentre()).cy - target.cy)).toBeLessThan(2);

      // Bob pans himself: he stops following, and Alice's next move no longer takes him along.
      await bob.live.pan(150, 0);
      await bob.user.page.getByTestId("follow-banner").waitFor({ state: "detached" });
      const bobBefore = await bob.live.viewCentre();
      await alice.live.pan(300, 0);
      await alice.user.page.waitForTimeout(500);
      expect((await bob.live.viewCentre()).cx).toBeCloseTo(bobBefore.cx, 0);
    });
  });

  it("walks four steps with the same step highlighted for the participant and a viewer, whose walk card shows the step's lane, roles, measures and handovers", async () => {
    await withFacilitatorAndParticipant(async (alice, bob, links) => {
      const carol = await newUser(suite.browser);
      try {
        const viewer = await openAs(carol, links.viewUrl, "Carol");
        await alice.live.facilitate("walk-start");
        for (let i = 0; i < 3; i++) await alice.user.page.keyboard.press("ArrowRight");
        // Flow order of the sample: Place order, Check order, Credit OK?, then the "no" branch first.
        for (const live of [alice.live, bob.live, viewer.live]) {
          await expect.poll(() => live.walkCurrent().getAttribute("data-step-label")).toBe("Approve credit");
          await expect.poll(() => live.page.getByTestId("walk-visited").count()).toBe(3);
          await expect.poll(() => live.page.getByTestId("walk-card-step").textContent()).toBe("Approve credit");
        }
        const approve = await viewer.live.walkCardFacts();
        expect(approve.lane).toBe("Finance lane · task");
        // The fixture keeps one code per role and step, so the controller is only Responsible here.
        expect(approve.raci).toEqual(["R Credit controller"]);
        expect(approve.measures).toBe("process 30m · lead 2d · 90% complete & accurate");
        expect(approve.handovers).toEqual([
          { direction: "in", text: "from Sales: Credit OK? · no agreement" },
          { direction: "out", text: "to Warehouse: Pick and pack · no agreement" },
        ]);

        // A participant adds a note to the walked step; everyone sees it on the walk card.
        await bob.user.page.getByTestId("walk-note-input").fill("Takes two days");
        await bob.user.page.getByTestId("walk-note-input").press("Enter");
        await viewer.live.page.getByTestId("walk-card").getByText("Takes two days").waitFor();

        // The next step receives the handover the Sales → Warehouse agreement covers.
        await alice.live.facilitate("walk-next");
        await expect.poll(() => viewer.live.page.getByTestId("walk-card-step").textContent()).toBe("Pick and pack");
        const pick = await viewer.live.walkCardFacts();
        expect(pick.lane).toBe("Warehouse lane · task");
        expect(pick.raci).toEqual(expect.arrayContaining(["R Picker", "A Shift lead", "A Sales lead"]));
        expect(pick.measures).toBe("process 45m · lead 1d · 95% complete & accurate");
        expect(pick.handovers).toContainEqual({
          direction: "in",
          text: "from Sales: Credit OK? · agreement draft, service score 74: “Released orders are complete and pickable the same day”",
        });
      } finally {
        await carol.context.close();
      }
    }, WORKSHOP_BOARD);
  });

  it("brings someone who joins mid-walk to the current step, whether the board or the walk reaches them first", async () => {
    const links = await createSampleBoard();
    const alice = await newUser(suite.browser);
    const late: User[] = [];
    try {
      const facilitator = await openAs(alice, links.facilitatorUrl, "Alice");
      await facilitator.live.facilitate("walk-start");
      await alice.page.keyboard.press("ArrowRight");
      await expect.poll(() => facilitator.live.walkCurrent().getAttribute("data-step-label")).toBe("Check order");

      // Check order sits up and left of the board's middle, where a fitted view would leave it.
      for (const [name, slowRoom] of [
        ["Bob", "board"],
        ["Dan", "facilitation"],
      ] as const) {
        const user = await newUser(suite.browser);
        late.push(user);
        await delaySyncFromServer(user, slowRoom, 1500);
        const joiner = await openAs(user, links.editUrl, name);
        await expect.poll(() => joiner.live.walkCurrent().getAttribute("data-step-label")).toBe("Check order");
        await expect.poll(() => joiner.live.walkStepOffCentre(), { timeout: 5000 }).toBeLessThan(20);
      }

      const [bob] = late;
      const joiner = { board: new BoardPage(bob!.page), live: new LiveSession(bob!.page) };
      await alice.page.keyboard.press("ArrowRight");
      await expect.poll(() => joiner.live.walkCurrent().getAttribute("data-step-label")).toBe("Credit OK?");
      await expect.poll(() => joiner.live.walkStepOffCentre(), { timeout: 5000 }).toBeLessThan(20);

      // A reload shows the board from this browser's copy at once; the walk still takes over.
      await alice.page.keyboard.press("ArrowLeft");
      await bob!.page.reload();
      await joiner.board.waitForSynced();
      await expect.poll(() => joiner.live.walkCurrent().getAttribute("data-step-label")).toBe("Check order");
      await expect.poll(() => joiner.live.walkStepOffCentre(), { timeout: 5000 }).toBeLessThan(20);
    } finally {
      await alice.context.close();
      for (const user of late) await user.context.close();
    }
  });

  it("shows the same countdown in both browsers, even when their computers' clocks are minutes apart", async () => {
    const links = await createSampleBoard();
    const { alice, bob, close } = await twoUsers(suite.browser);
    try {
      await skewClock(alice, -70_000);
      await skewClock(bob, 95_000);
      const a = await openAs(alice, links.facilitatorUrl, "Alice");
      const b = await openAs(bob, links.editUrl, "Bob");
      await a.live.facilitate("timer-start");
      await bob.page.getByTestId("timer").waitFor();
      const [left, right] = await Promise.all([a.live.remainingMs(), b.live.remainingMs()]);
      expect(left).toBeGreaterThan(4 * 60_000);
      expect(Math.abs(left - right)).toBeLessThanOrEqual(1000);
      await a.live.facilitate("timer-pause");
      await bob.page.getByTestId("timer").getByText("paused").waitFor();
    } finally {
      await close();
    }
  });

  it("lock takes editing away from the participant, and the server refuses their changes", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await alice.live.facilitate("lock-toggle");
      await bob.user.page.getByTestId("lock-banner").waitFor();
      await bob.user.page.getByTestId("add-step").waitFor({ state: "detached" });
      const before = await bob.board.stepCount();
      await bob.board.lane("Sales").waitFor();
      const header = await bob.board.lane("Sales").boundingBox();
      await bob.user.page.mouse.dblclick(header!.x + header!.width + 900, header!.y + header!.height / 2);
      expect(await bob.user.page.getByTestId("step-label-input").count()).toBe(0);
      expect(await bob.board.stepCount()).toBe(before);

      // Even a change written straight into Bob's doc never reaches Alice.
      await bob.user.page.evaluate(() => window.__brownpaper!.doc.getMap("meta").set("title", "Changed while locked"));
      await alice.user.page.waitForTimeout(800);
      expect(await alice.user.page.evaluate(() => window.__brownpaper!.board().meta.title)).toBe("Order to delivery");

      await alice.live.facilitate("lock-toggle");
      await bob.user.page.getByTestId("add-step").waitFor();
    });
  });

  it("reveals both people's silent drafts at once", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await alice.live.facilitate("silent-start");
      await bob.live.writeDraft("Credit checks are done twice");
      await alice.live.writeDraft("Nobody owns returns");
      await alice.user.page.waitForTimeout(500);
      expect(await alice.live.noteTexts()).not.toContain("Credit checks are done twice");
      expect(await bob.live.noteTexts()).not.toContain("Nobody owns returns");

      await alice.live.facilitate("silent-reveal");
      for (const live of [alice.live, bob.live]) {
        await expect.poll(() => live.revealedNotes().count()).toBe(2);
      }
      const texts = await alice.live.noteTexts();
      expect(texts).toEqual(expect.arrayContaining(["Credit checks are done twice", "Nobody owns returns"]));
    });
  });

  it("undo takes back only one's own step, never the other person's", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await alice.board.addStepInLane("Sales", "Alice's step");
      await bob.board.addStepInLane("Finance", "Bob's step");
      await alice.board.step("Bob's step").waitFor();
      await alice.user.page.waitForTimeout(400);
      await alice.user.page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
      await alice.live.undo();
      await alice.live.undo();
      for (const board of [alice.board, bob.board]) {
        await board.step("Alice's step").waitFor({ state: "detached" });
        await board.step("Bob's step").waitFor();
        await board.step("Check order").waitFor();
      }
    });
  });

  it("keeps a step added offline and shares it once the connection is back, even across a reload", async () => {
    await withFacilitatorAndParticipant(async (alice, bob) => {
      await bob.user.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
        timeout: 10_000,
      });
      await bob.user.context.setOffline(true);
      await bob.user.page.locator('[data-testid="connection-status"][data-shown="offline"]').waitFor();
      await bob.board.addStepInLane("Customer", "Added offline");
      await alice.user.page.waitForTimeout(800);
      expect(await alice.board.step("Added offline").count()).toBe(0);

      await bob.user.page.reload();
      await bob.board.step("Added offline").waitFor();

      await bob.user.context.setOffline(false);
      await bob.board.waitForSynced();
      await alice.board.step("Added offline").waitFor();
    });
  });
});
