import type { Board } from "@brownpaper/shared";

/** The side panel of the workshop phases (inspector, RACI, pain points, agreements, gap report). */
export function WorkshopPanel(_props: { board: Board }) {
  return null;
}
