import { describe, expect, it } from "vitest";
import { appPath, onThisOrigin, tokenFromHash } from "./board-links";

describe("board links", () => {
  it("read the token from the fragment", () => {
    expect(tokenFromHash("#token=v1.e.abc.def")).toBe("v1.e.abc.def");
    expect(tokenFromHash("token=v1.v.x.y")).toBe("v1.v.x.y");
  });

  it("have no token when the fragment is missing or empty", () => {
    expect(tokenFromHash("")).toBeNull();
    expect(tokenFromHash("#token=")).toBeNull();
    expect(tokenFromHash("#other=1")).toBeNull();
  });

  it("are shown on the origin the page was loaded from", () => {
    expect(onThisOrigin("http://localhost:8080/b/abc#token=t", "https://paper.example")).toBe(
      "https://paper.example/b/abc#token=t",
    );
  });

  it("navigate in-app by path and fragment", () => {
    expect(appPath("http://localhost:8080/b/abc#token=t")).toBe("/b/abc#token=t");
    expect(appPath("/b/abc#token=t")).toBe("/b/abc#token=t");
  });
});
