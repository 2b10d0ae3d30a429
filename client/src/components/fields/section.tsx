import type { ReactNode } from "react";
import "./fields.css";

/** A titled block of the side panel. */
export function Section({
  title,
  aside,
  children,
  testId,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="panel-section" data-testid={testId}>
      <header className="panel-section__header">
        <h3 className="panel-section__title">{title}</h3>
        {aside}
      </header>
      {children}
    </section>
  );
}
