import type { ActionStatus } from "@brownpaper/shared";

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: "Open",
  doing: "Doing",
  done: "Done",
};
