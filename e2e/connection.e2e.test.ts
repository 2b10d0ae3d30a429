import { describe, expect, it } from "vitest";
import { newUser } from "./fixtures/browser";
import { startApp, type RunningApp } from "./fixtures/start-app";
import { useAppAndBrowser } from "./fixtures/suite";
import { BoardPage } from "./pages/board-page";

// Boards leave the server's memory quickly, so the next visitor loads them from the store.
const suite = useAppAndBrowser({ env: { ROOM_UNLOAD_DELAY_MS: "200" } });

async function createBoard(baseUrl: string): Promise<{ id: string; editUrl: string }> {
  const response = await fetch(`${baseUrl}/api/boards`, { method: "POST" });
  if (response.status !== 201) throw new Error(`Creating a board failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; editUrl: string };
}

describe("when the server will not sync a board", () => {
  it("says a board saved by a newer Brownpaper cannot open here, instead of retrying for ever", async () => {
    const { id, editUrl } = await createBoard(suite.app.baseUrl);
    // Someone on a newer Brownpaper saves the board: its doc now claims a schema this server does not know.
    const newer = await newUser(suite.browser);
    try {
      await new BoardPage(newer.page).open(editUrl);
      await newer.page.evaluate(() => window.__brownpaper!.doc.getMap("meta").set("schemaVersion", 99));
      await newer.page.waitForTimeout(300);
    } finally {
      await newer.context.close();
    }
    // Once the board has left memory, the server loads it from the store and refuses it.
    await expect
      .poll(
        async () =>
          (
            await fetch(`${suite.app.baseUrl}/api/boards/${id}/export.json`, {
              headers: { Authorization: `Bearer ${new URL(editUrl).hash.slice("#token=".length)}` },
            })
          ).status,
        { timeout: 10_000 },
      )
      .toBe(409);

    const user = await newUser(suite.browser);
    try {
      const boardSockets: string[] = [];
      user.page.on("websocket", (socket) => {
        if (new URL(socket.url()).pathname === `/sync/${id}`) boardSockets.push(socket.url());
      });
      const board = new BoardPage(user.page);
      await user.page.goto(editUrl);
      await board.connectionProblem().waitFor();
      expect(await user.page.getByTestId("connection-problem-title").textContent()).toBe(
        "This board was saved by a newer version of Brownpaper",
      );
      expect(await board.connectionShown()).toBe("stopped");
      expect(await user.page.getByTestId("add-lane").count()).toBe(0);
      // y-websocket would otherwise stop silently, leaving "Reconnecting…" on a board that never comes.
      await user.page.waitForTimeout(3000);
      expect(boardSockets).toHaveLength(1);
    } finally {
      await user.context.close();
    }
  });

  it("stops resending a change the server keeps refusing, and starts afresh from the server's board on request", async () => {
    const { editUrl } = await createBoard(suite.app.baseUrl);
    const user = await newUser(suite.browser);
    try {
      const board = new BoardPage(user.page);
      await board.open(editUrl);
      // Over the server's 8 MiB message limit: every reconnect sends it again and is closed with 1009.
      await user.page.evaluate(() => window.__brownpaper!.doc.getMap("meta").set("title", "x".repeat(9 * 1024 * 1024)));
      await board.connectionProblem().waitFor({ timeout: 30_000 });
      expect(await user.page.getByTestId("connection-problem-title").textContent()).toBe(
        "The server will not accept a change made in this browser",
      );
      expect(await board.connectionProblem().textContent()).toContain("larger than the server accepts");

      await user.page.getByRole("button", { name: "Reload without my unsent changes" }).click();
      await board.waitForSynced();
      expect(await board.connectionProblem().count()).toBe(0);
      expect(await user.page.evaluate(() => window.__brownpaper!.board().meta.title)).toBe("Untitled process");
    } finally {
      await user.context.close();
    }
  });

  it("reconnects by itself after a server restart, and says the link is no longer valid once the server stops accepting it", async () => {
    const secret = (letter: string) => letter.repeat(40);
    let app: RunningApp = await startApp({ env: { BROWNPAPER_SECRET: secret("a") } });
    const user = await newUser(suite.browser);
    try {
      const { editUrl } = await createBoard(app.baseUrl);
      const board = new BoardPage(user.page);
      await board.open(editUrl);

      // A restart (SIGTERM: "going away") is passing: the board says so and comes back by itself.
      await app.stop({ keepData: true });
      await expect.poll(() => board.connectionShown()).toBe("reconnecting");
      app = await startApp({ env: { BROWNPAPER_SECRET: secret("a") }, port: app.port, dataDir: app.dataDir });
      await board.waitForSynced();
      expect(await board.connectionProblem().count()).toBe(0);

      // Restarted with another secret, the server refuses every old link at the handshake.
      await app.stop({ keepData: true });
      app = await startApp({ env: { BROWNPAPER_SECRET: secret("b") }, port: app.port, dataDir: app.dataDir });
      await board.connectionProblem().waitFor({ timeout: 30_000 });
      expect(await user.page.getByTestId("connection-problem-title").textContent()).toBe(
        "This link is no longer valid",
      );
      expect(await board.connectionShown()).toBe("stopped");
    } finally {
      await user.context.close();
      await app.stop();
    }
  });
});
