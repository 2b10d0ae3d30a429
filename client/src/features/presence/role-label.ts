import type { AccessRole } from "@brownpaper/shared";

/** How a link's role reads next to a person's name. */
export const ROLE_LABEL: Readonly<Record<AccessRole, string>> = {
  facilitator: "Facilitator",
  edit: "Participant",
  view: "Viewer",
};
