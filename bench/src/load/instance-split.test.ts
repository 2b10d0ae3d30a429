import { describe, expect, it } from "vitest";
import { clientsPerInstance, instanceOfClient } from "./instance-split";

describe("splitting a board's clients across instances", () => {
  it("puts half of the big workshop's 50 clients on each of two instances", () => {
    expect(clientsPerInstance(50, 2)).toEqual([25, 25]);
  });

  it("alternates, so senders and receivers sit on both instances", () => {
    expect([0, 1, 2, 3].map((client) => instanceOfClient(client, 2))).toEqual([0, 1, 0, 1]);
  });

  it("keeps every client on the only instance when there is one", () => {
    expect(clientsPerInstance(7, 1)).toEqual([7]);
  });

  it("gives the odd client to the first instance", () => {
    expect(clientsPerInstance(5, 2)).toEqual([3, 2]);
  });

  it("refuses a split over no instances", () => {
    expect(() => instanceOfClient(0, 0)).toThrow(/positive/);
  });
});
