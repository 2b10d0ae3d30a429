import { afterEach, describe, expect, it } from "vitest";
import { BOARD_TEMPLATES, gapReport, importBpmn, setVotesHidden, type GapReport } from "@brownpaper/shared";
import { shareToken } from "../src/auth/tokens";
import { SyncClients } from "./sync-clients";
import { TEST_SECRET, TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

const hireToFirstDay = () => BOARD_TEMPLATES.find((template) => template.id === "hire-to-first-day")!.file;

/** Every download and report a board offers over HTTP. */
const EXPORTS = [
  "export.json",
  "export.bpmn",
  "export.svg",
  "export.csv?table=raci",
  "export.csv?table=handovers",
  "export.csv?table=actions",
  "report.json",
];

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
    const handovers = await (
      await server.get(`/api/boards/${board.id}/export.csv?table=handovers`, board.editToken)
    ).text();
    expect(handovers).toContain("HR,IT,Wait for signature,Create accounts,,Signed contract and start date,ticket,");
    const missing = await server.get(`/api/boards/${board.id}/export.csv`, board.editToken);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toContain("?table=raci");
  });

  it("serves the actions as CSV and in the report, the one raised from a pain point and overdue first", async () => {
    const server = clients.track(await TestServer.start());
    const file = structuredClone(hireToFirstDay()) as {
      notes: Array<Record<string, unknown> & { kind: string; id: string }>;
    };
    const pain = file.notes.find((note) => note.kind === "pain")!;
    file.notes.push(
      {
        id: "act-later",
        kind: "action",
        text: "Plan next quarter",
        target: { type: "board", id: "board" },
        author: "Kim",
        owner: "HR",
        due: "2999-01-01",
        status: "open",
      },
      {
        id: "act-late",
        kind: "action",
        text: "Order laptops early",
        target: { type: "note", id: pain.id },
        author: "Kim",
        owner: "IT lead",
        due: "2020-01-31",
        status: "doing",
      },
    );
    const board = await server.createBoard(file);
    const csv = (
      await (await server.get(`/api/boards/${board.id}/export.csv?table=actions`, board.viewToken)).text()
    ).split("\r\n");
    expect(csv[0]).toBe("Action,Owner,Due,Status,Overdue,Raised from,Id");
    expect(csv[1]).toMatch(/^Order laptops early,IT lead,2020-01-31,doing,yes,Pain point: .+,act-late$/);
    expect(csv[2]).toMatch(/^Plan next quarter,HR,2999-01-01,open,no,Whole board,act-later$/);
    const report = (await (
      await server.get(`/api/boards/${board.id}/report.json`, board.viewToken)
    ).json()) as GapReport;
    expect(report.actions).toMatchObject({ open: 1, doing: 1, done: 0, overdue: ["act-late"] });
  });

  it("serves the SVG picture and the gap report with a view link", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const svg = await server.get(`/api/boards/${board.id}/export.svg`, board.viewToken);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain("<title>Hire to first day</title>");
    const report = await server.get(`/api/boards/${board.id}/report.json`, board.viewToken);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("serves every format to each of the board's links and refuses a missing or wrong link with 401", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const other = await server.createBoard(hireToFirstDay());
    const letter = (token: string) => token.split(".")[1];
    // This board's own view link with another signature: well-formed, but not signed by the server.
    const forged = `${board.viewToken.slice(0, -4)}${board.viewToken.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    const wrong = {
      "another board's edit link": other.editToken,
      "a forged view link": forged,
      "no token format": "not-a-token",
    };
    for (const resource of EXPORTS) {
      const url = `/api/boards/${board.id}/${resource}`;
      for (const token of [board.viewToken, board.editToken, board.facilitatorToken]) {
        expect({ resource, link: letter(token), status: (await server.get(url, token)).status }).toEqual({
          resource,
          link: letter(token),
          status: 200,
        });
      }
      const missing = await server.get(url, undefined);
      expect({ resource, status: missing.status }).toEqual({ resource, status: 401 });
      expect(((await missing.json()) as { error: string }).error).toBe("A valid link for this board is required.");
      for (const [what, token] of Object.entries(wrong)) {
        expect({ resource, what, status: (await server.get(url, token)).status }).toEqual({
          resource,
          what,
          status: 401,
        });
      }
    }
  });

  it("answers 404 for a board that does not exist, in every format, even with a link signed for it", async () => {
    const server = clients.track(await TestServer.start());
    const unknown = "b_0000000000000000";
    for (const resource of EXPORTS) {
      for (const role of ["view", "edit", "facilitator"] as const) {
        const response = await server.get(`/api/boards/${unknown}/${resource}`, shareToken(TEST_SECRET, unknown, role));
        expect({ resource, role, status: response.status }).toEqual({ resource, role, status: 404 });
        expect(((await response.json()) as { error: string }).error).toBe("There is no such board.");
      }
      // Without a valid link the answer is 401 as for a real board, so links cannot probe which boards exist.
      expect({ resource, status: (await server.get(`/api/boards/${unknown}/${resource}`, undefined)).status }).toEqual({
        resource,
        status: 401,
      });
    }
  });

  it("serves as report.json exactly the gap report the shared code computes for the board", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const client = await clients.connectSynced(server, board.id, board.editToken);
    const served = (await (
      await server.get(`/api/boards/${board.id}/report.json`, board.viewToken)
    ).json()) as GapReport;
    expect(served).toEqual(gapReport(client.board()));
    // The template has counted votes, so the comparison above covered real numbers.
    expect(served.votesHidden).toBe(false);
    expect(served.pain.ranked[0]!.votes).toBeGreaterThan(0);
  });

  it("leaves every vote count out of report.json and the handover register while the vote is hidden", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(hireToFirstDay());
    const facilitator = await clients.connectSynced(server, board.id, board.facilitatorToken);
    const report = async () =>
      (await (await server.get(`/api/boards/${board.id}/report.json`, board.viewToken)).json()) as GapReport;

    setVotesHidden(facilitator.doc, true);
    await waitFor("the server to have the hidden vote", async () => (await report()).votesHidden);
    const served = await report();
    expect(served.votes).toBeNull();
    expect(JSON.stringify(served)).not.toMatch(/"votes":\s*\d/);
    expect(served).toEqual(gapReport(facilitator.board()));
    const register = (
      await (await server.get(`/api/boards/${board.id}/export.csv?table=handovers`, board.viewToken)).text()
    )
      .trimEnd()
      .split("\r\n");
    expect(register.slice(1).map((row) => row.split(",").at(-1))).toEqual(register.slice(1).map(() => "hidden"));
    const svg = await (await server.get(`/api/boards/${board.id}/export.svg`, board.viewToken)).text();
    expect(svg).toContain(">? ●</text>");
    expect(svg).not.toMatch(/>\d+ ●<\/text>/);

    setVotesHidden(facilitator.doc, false);
    await waitFor("the server to have the revealed vote", async () => !(await report()).votesHidden);
    expect((await report()).pain.ranked[0]!.votes).toBeGreaterThan(0);
  });
});
