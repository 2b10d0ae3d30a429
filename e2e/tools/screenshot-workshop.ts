/**
 * Screenshots of the workshop panel on a board mid-workshop: stickies and R/A on the map, the
 * step inspector, the RACI matrix, pain points, an agreement, the gap report and the view link.
 *
 *   npx tsx e2e/tools/screenshot-workshop.ts [output-dir]   (default: test-results/screenshots)
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser, newUser } from "../fixtures/browser";
import { startApp } from "../fixtures/start-app";
import { WORKSHOP_BOARD } from "../fixtures/workshop-board";
import { BoardPage } from "../pages/board-page";
import { WorkshopPanelPage } from "../pages/workshop-panel-page";

const outDir = resolve(process.argv[2] ?? "test-results/screenshots");
mkdirSync(outDir, { recursive: true });

const app = await startApp();
const browser = await launchBrowser();
try {
  const response = await fetch(`${app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(WORKSHOP_BOARD),
  });
  if (response.status !== 201)
    throw new Error(`Creating the board failed: ${response.status} ${await response.text()}`);
  const links = (await response.json()) as { facilitatorUrl: string; viewUrl: string };

  const user = await newUser(browser);
  const board = new BoardPage(user.page);
  const panel = new WorkshopPanelPage(user.page);
  await board.open(links.facilitatorUrl);
  await panel.setName("Ana");
  await user.page.waitForTimeout(400);
  const shot = async (name: string) => {
    await user.page.waitForTimeout(300);
    await user.page.screenshot({ path: `${outDir}/${name}.png` });
  };
  await shot("workshop-board");
  await board.step("Approve credit").click();
  await shot("workshop-step-inspector");
  await panel.openMatrix();
  await shot("workshop-raci-matrix");
  await panel.closeMatrix();
  await panel.tab("pain");
  await shot("workshop-pain-points");
  await panel.tab("agreements");
  await user.page.getByTestId("agreement-item").first().locator("button").first().click();
  await shot("workshop-agreement");
  await panel.tab("report");
  await shot("workshop-gap-report");

  const viewer = await newUser(browser);
  await new BoardPage(viewer.page).open(links.viewUrl);
  await new BoardPage(viewer.page).step("Pick and pack").click();
  await viewer.page.waitForTimeout(400);
  await viewer.page.screenshot({ path: `${outDir}/workshop-view-only.png` });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.stop();
}
