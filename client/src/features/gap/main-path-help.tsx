/**
 * The definition of the main path, as `findMainPath` in shared/src/analytics/main-path-search.ts
 * documents it, in words for the room.
 */
export function MainPathHelp() {
  return (
    <details className="report-help" data-testid="main-path-help">
      <summary>What is the main path?</summary>
      <p>
        The <strong>main path</strong> is the path from a start step to an end step with the{" "}
        <strong>largest total lead time</strong>: the way through the process that takes longest.
      </p>
      <ul>
        <li>
          It starts at a Start step (or, without any, at steps nothing flows into) and stops at the first End step it
          reaches (or a step with no way out).
        </li>
        <li>Loops are walked once: a flow back to a step already on the path (rework) is ignored.</li>
        <li>A step without a lead time counts as 0. Ties go to the step placed earlier on the board.</li>
      </ul>
      <p>
        Along it: Σ process time, Σ lead time, <strong>flow efficiency</strong> = Σ process ÷ Σ lead,{" "}
        <strong>rolled %C&amp;A</strong> = the product of the steps' % complete &amp; accurate, and waiting (lead −
        process) by the kind of lane it piles up in. Days are 8-hour working days.
      </p>
    </details>
  );
}
