/**
 * Screenshots of the gap report on a board mid-workshop, tall enough to show the whole panel,
 * and of the map after clicking a main-path figure and a cell of the handover grid.
 *
 *   npx tsx e2e/tools/screenshot-gap-report.ts [output-dir]   (default: test-results/screenshots)
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser } from "../fixtures/browser";
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
  const links = (await response.json()) as { facilitatorUrl: string };

  const context = await browser.newContext({ viewport: { width: 1440, height: 2200 } });
  const page = await context.newPage();
  const board = new BoardPage(page);
  const panel = new WorkshopPanelPage(page);
  await board.open(links.facilitatorUrl);
  await panel.setName("Ana");
  await panel.tab("report");
  const shot = async (name: string, target: "panel" | "page" = "page") => {
    await page.waitForTimeout(600);
    if (target === "panel") await panel.panel().screenshot({ path: `${outDir}/${name}.png` });
    else await page.screenshot({ path: `${outDir}/${name}.png` });
  };
  await shot("gap-report-panel", "panel");
  await panel
    .panel()
    .getByTestId("handover-grid")
    .screenshot({ path: `${outDir}/gap-report-grid.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await panel.mainPathFigure("waitingSupport").click();
  await shot("gap-report-waiting-support");
  await panel.handoverGridCell("Sales", "Warehouse").click();
  await shot("gap-report-grid-cell");
  await panel.mainPathFigure("leadTime").click();
  await shot("gap-report-whole-path");
  await context.close();
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.stop();
}
