import type { ReactNode } from "react";
import { useReveal, type RevealTarget } from "../../lib/reveal/use-reveal";

/** A few words inside a sentence of the report that show what they count on the map. */
export function RevealLink({
  target,
  hint,
  testId,
  children,
}: {
  target: RevealTarget;
  hint: string;
  testId?: string;
  children: ReactNode;
}) {
  const reveal = useReveal();
  return (
    <button
      type="button"
      className="link-button report-link"
      title={hint}
      data-testid={testId}
      onClick={() => reveal(target)}
    >
      {children}
    </button>
  );
}
