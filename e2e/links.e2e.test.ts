import { describe, expect, it } from "vitest";
import { newUser } from "./fixtures/browser";
import { BoardPage } from "./pages/board-page";
import { useAppAndBrowser } from "./fixtures/suite";

const suite = useAppAndBrowser();

describe("landing page and board links", () => {
  it("says so plainly when a board cannot be created", async () => {
    const user = await newUser(suite.browser);
    try {
      await user.page.route("**/api/boards", (route) => route.fulfill({ status: 503, body: "Storage is unavailable" }));
      await user.page.goto(`${suite.app.baseUrl}/`);
      await user.page.getByTestId("new-board").click();
      const alert = user.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("could not create a board");
      expect(new URL(user.page.url()).pathname).toBe("/");
    } finally {
      await user.context.close();
    }
  });

  it("explains a board link without its token, and one whose token is wrong", async () => {
    const user = await newUser(suite.browser);
    try {
      const response = await fetch(`${suite.app.baseUrl}/api/boards`, { method: "POST" });
      const { id } = (await response.json()) as { id: string };

      await user.page.goto(`${suite.app.baseUrl}/b/${id}`);
      await user.page.getByRole("heading", { name: "This link is missing its access key" }).waitFor();

      await user.page.goto(`${suite.app.baseUrl}/b/${id}#token=v1.e.not.valid`);
      await user.page.getByRole("heading", { name: "This link does not open a board" }).waitFor();
    } finally {
      await user.context.close();
    }
  });

  it("shares the board's links from any browser, never one that can do more than one's own", async () => {
    const response = await fetch(`${suite.app.baseUrl}/api/boards`, { method: "POST" });
    const created = (await response.json()) as { facilitatorUrl: string; editUrl: string; viewUrl: string };
    const sharedBy = async (url: string) => {
      // A fresh context: nothing remembered from creating the board.
      const user = await newUser(suite.browser);
      try {
        const board = new BoardPage(user.page);
        await board.open(url);
        await user.page.getByRole("button", { name: "Share" }).click();
        const dialog = user.page.getByRole("dialog", { name: "Share this board" });
        await dialog.getByRole("textbox", { name: "View link" }).waitFor();
        const links: Record<string, string> = {};
        for (const box of await dialog.getByRole("textbox").all())
          links[(await box.getAttribute("aria-label")) ?? ""] = await box.inputValue();
        return links;
      } finally {
        await user.context.close();
      }
    };
    expect(await sharedBy(created.facilitatorUrl)).toEqual({
      "Edit link": created.editUrl,
      "View link": created.viewUrl,
    });
    expect(await sharedBy(created.editUrl)).toEqual({ "Edit link": created.editUrl, "View link": created.viewUrl });
    expect(await sharedBy(created.viewUrl)).toEqual({ "View link": created.viewUrl });
  });
  it("never offers the facilitator's own link for sharing when the server cannot hand out the others", async () => {
    const response = await fetch(`${suite.app.baseUrl}/api/boards`, { method: "POST" });
    const created = (await response.json()) as { facilitatorUrl: string };
    const user = await newUser(suite.browser);
    try {
      const board = new BoardPage(user.page);
      await board.open(created.facilitatorUrl);
      await user.context.setOffline(true);
      await user.page.getByRole("button", { name: "Share" }).click();
      const dialog = user.page.getByRole("dialog", { name: "Share this board" });
      await dialog.getByText("The board's links are not available right now").waitFor();
      expect(await dialog.getByRole("textbox").count()).toBe(0);
      expect(await dialog.textContent()).not.toContain(created.facilitatorUrl.split("#token=")[1]);
    } finally {
      await user.context.close();
    }
  });
});
