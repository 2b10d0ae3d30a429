import { setStepMeasures, type Step } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { attempt } from "../../components/fields/attempt";
import { Section } from "../../components/fields/section";
import { DurationField } from "./duration-field";
import { PercentField } from "./percent-field";

/** Process time, lead time and %C&A of one step, checked by the shared command as they are saved. */
export function StepMeasuresForm({ step }: { step: Step }) {
  const { doc, readOnly } = useBoardSession();
  const save = (measures: Parameters<typeof setStepMeasures>[2]) =>
    attempt(() => setStepMeasures(doc, step.id, measures));
  return (
    <Section title="Measures" aside={<span className="panel-hint">1 d = 8 working hours</span>}>
      <div className="measures-grid">
        <DurationField
          key={`pt-${step.id}`}
          label="Process time"
          minutes={step.processTime}
          readOnly={readOnly}
          testId="process-time"
          onCommit={(processTime) => save({ processTime })}
        />
        <DurationField
          key={`lt-${step.id}`}
          label="Lead time"
          minutes={step.leadTime}
          readOnly={readOnly}
          testId="lead-time"
          onCommit={(leadTime) => save({ leadTime })}
        />
        <PercentField
          key={`pca-${step.id}`}
          label="% complete & accurate"
          value={step.pctCompleteAccurate}
          readOnly={readOnly}
          testId="pct-ca"
          onCommit={(pctCompleteAccurate) => save({ pctCompleteAccurate })}
        />
      </div>
    </Section>
  );
}
