import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAgreement, addLane, boardMaps, importBoard, parseBoardJson } from "@brownpaper/shared";
import { purchaseToPayFile } from "../../test/board-file-fixture";
import { agreementView } from "./agreement-view";

function boardDoc(): Y.Doc {
  const parsed = parseBoardJson(JSON.stringify(purchaseToPayFile()));
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  importBoard(doc, parsed.board);
  return doc;
}

describe("agreementView", () => {
  it("shows the agreement's own text, its lanes' names and its measures' names and targets, not their scores or weights", () => {
    expect(agreementView(boardDoc(), "ag-1")).toEqual({
      provider: "Purchasing",
      customer: "Accounts payable",
      expectation: "Every approved order carries its PO number",
      measures: [
        { id: "ag-1-po", name: "PO on invoice", dimension: "accuracy", target: "99%" },
        { id: "ag-1-answers", name: "Answers questions", dimension: "responsiveness", target: "within a day" },
      ],
    });
  });

  it("is null for an agreement the board does not have", () => {
    expect(agreementView(boardDoc(), "ag-none")).toBeNull();
  });

  it("names a lane that is gone (a concurrent delete) with an empty name", () => {
    const doc = new Y.Doc();
    const provider = addLane(doc, { name: "IT" });
    const customer = addLane(doc, { name: "Sales" });
    const id = addAgreement(doc, { providerLaneId: provider, customerLaneId: customer, flowIds: [] });
    boardMaps(doc).lanes.delete(customer);
    expect(agreementView(doc, id)).toMatchObject({ provider: "IT", customer: "" });
  });
});
