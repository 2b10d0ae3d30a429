import { afterEach, describe, expect, it } from "vitest";
import { BOARD_TEMPLATES, gapReport, importBpmn, setVotesHidden, type GapReport } from "@brownpaper/shared";
import { SyncClients } from "../test/sync-clients";
import { TestServer } from "../test/test-server";
import { waitFor } from "../test/wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

const hireToFirstDay = () => BOARD_TEMPLATES.find((template) => template.id === "hire-to-first-day")!.file;

describe("board exports over HTTP", () => {
  it("serves BPMN that imports back as the same lanes, steps and flows", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const response = await server.get(`/api/boards/${board.id}/export.bpmn`, board.viewToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(response.headers.get("content-disposition")).toContain(`${board.id}.bpmn`);
    const back = await importBpmn(await response.text());
    if (!back.ok) throw new Error(back.error);
    expect(back.board.lanes.map((lane) => lane.name)).toEqual(["Hiring team", "HR", "IT", "Facilities"]);
    expect(back.board.steps).toHaveLength(10);
    expect(back.board.flows).toHaveLength(10);
  });

  it("serves the RACI matrix and the handover register as CSV, and asks which table otherwise", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const raci = await server.get(`/api/boards/${board.id}/export.csv?table=raci`, board.editToken);
    expect(raci.status).toBe(200);
    expect(raci.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await raci.text()).split("\r\n")[0]).toMatch(/^Lane,Step,Kind,Hiring manager \(Hiring team\),/);
    const handovers = await (await server.get(`/api/boards/${board.id}/export.csv?table=handovers`, board.editToken)).text();
    expect(handovers).toContain("HR,IT,Wait for signature,Create accounts,,Signed contract and start date,ticket,");
    const missing = await server.get(`/api/boards/${board.id}/export.csv`, board.editToken);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toContain("?table=raci");
  });

  it("serves the SVG picture and the gap report with any valid link, and refuses a wrong one", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const svg = await server.get(`/api/boards/${board.id}/export.svg`, board.viewToken);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain("<title>Hire to first day</title>");
    const report = await server.get(`/api/boards/${board.id}/report.json`, board.viewToken);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toMatch(/^application\/json/);
    const other = await server.createBoard(hireToFirstDay());
    for (const path of ["export.bpmn", "export.svg", "export.csv?table=raci", "report.json"]) {
      expect((await server.get(`/api/boards/${board.id}/${path}`, other.editToken)).status).toBe(401);
      expect((await server.get(`/api/boards/${board.id}/${path}`, undefined)).status).toBe(401);
    }
  });

  it("serves as report.json exactly the gap report the shared code computes for the board", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const client = await clients.connectSynced(server, board.id, board.editToken);
    const served = (await (await server.get(`/api/boards/${board.id}/report.json`, board.viewToken)).json()) as GapReport;
    expect(served).toEqual(gapReport(client.board()));
    // The template has counted votes, so the comparison above covered real numbers.
    expect(served.votesHidden).toBe(false);
    expect(served.pain.ranked[0]!.votes).toBeGreaterThan(0);
  });

  it("leaves every vote count out of report.json and the handover register while the vote is hidden", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const facilitator = await clients.connectSynced(server, board.id, board.facilitatorToken);
    const report = async () => (await (await server.get(`/api/boards/${board.id}/report.json`, board.viewToken)).json()) as GapReport;

    setVotesHidden(facilitator.doc, true);
    await waitFor("the server to have the hidden vote", async () => (await report()).votesHidden);
    const served = await report();
    expect(served.votes).toBeNull();
    expect(JSON.stringify(served)).not.toMatch(/"votes":\s*\d/);
    expect(served).toEqual(gapReport(facilitator.board()));
    const register = (await (await server.get(`/api/boards/${board.id}/export.csv?table=handovers`, board.viewToken)).text()).trimEnd().split("\r\n");
    expect(register.slice(1).map((row) => row.split(",").at(-1))).toEqual(register.slice(1).map(() => "hidden"));
    const svg = await (await server.get(`/api/boards/${board.id}/export.svg`, board.viewToken)).text();
    expect(svg).toContain(">? ●</text>");
    expect(svg).not.toMatch(/>\d+ ●<\/text>/);

    setVotesHidden(facilitator.doc, false);
    await waitFor("the server to have the revealed vote", async () => !(await report()).votesHidden);
    expect((await report()).pain.ranked[0]!.votes).toBeGreaterThan(0);
  });
});
