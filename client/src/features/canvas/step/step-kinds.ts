import type { StepKind } from "@brownpaper/shared";
import type { IconName } from "../../../components/icon";

/** Names and icons for the kind picker; the shapes themselves are drawn in steps.css. */
export const STEP_KIND_INFO: Readonly<Record<StepKind, { label: string; icon: IconName }>> = {
  task: { label: "Task", icon: "task" },
  decision: { label: "Decision", icon: "decision" },
  start: { label: "Start", icon: "start" },
  end: { label: "End", icon: "end" },
  wait: { label: "Wait", icon: "hourglass" },
};
