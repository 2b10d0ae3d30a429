import { addMeasure, removeMeasure, updateMeasure, weightProblem, type ServiceAgreement } from "@brownpaper/shared";
import { Icon } from "../../components/icon";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { DIMENSION_OPTIONS } from "./measure-dimensions";
import { NumberCell } from "../../components/fields/number-cell";

/**
 * The agreement's measures: name, dimension, target, weight and current score. Weights that
 * do not add up to 100 are called out, never corrected: agreeing them is the teams' job.
 */
export function AgreementMeasures({ agreement }: { agreement: ServiceAgreement }) {
  const { doc, readOnly } = useBoardSession();
  const problem = weightProblem(agreement);
  const totalWeight = agreement.measures.reduce((sum, measure) => sum + measure.weight, 0);
  const update = (index: number, fields: Parameters<typeof updateMeasure>[3]) =>
    runCommand(() => updateMeasure(doc, agreement.id, index, fields)).ok;
  const add = () =>
    runCommand(() =>
      addMeasure(doc, agreement.id, {
        name: "",
        dimension: "speed",
        target: "",
        weight: Math.max(0, Math.min(100, 100 - totalWeight)),
      }),
    );

  return (
    <div className="measures" data-testid="agreement-measures">
      <div className="measures__head">
        <span className="field__label">Measures</span>
        <span className="measures__legend">weight · score (0–100)</span>
      </div>
      {agreement.measures.length === 0 && (
        <p className="panel-empty">No measures yet: say how you will know the service is good.</p>
      )}
      <ol className="measure-list">
        {agreement.measures.map((measure, index) => (
          <li key={index} className="measure" data-testid="measure">
            <div className="measure__row">
              <CommitTextField
                label="Measure name"
                hideLabel
                value={measure.name}
                readOnly={readOnly}
                placeholder="e.g. Orders confirmed"
                testId="measure-name"
                onCommit={(name) => update(index, { name })}
              />
              <SelectField
                label="Dimension"
                hideLabel
                value={measure.dimension}
                options={DIMENSION_OPTIONS}
                readOnly={readOnly}
                testId="measure-dimension"
                onChange={(dimension) => update(index, { dimension })}
              />
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label="Remove measure"
                  title="Remove measure"
                  onClick={() => runCommand(() => removeMeasure(doc, agreement.id, index))}
                >
                  <Icon name="trash" size={13} />
                </button>
              )}
            </div>
            <div className="measure__row">
              <CommitTextField
                label="Target"
                hideLabel
                value={measure.target}
                readOnly={readOnly}
                placeholder="Target, e.g. within 2 working days"
                testId="measure-target"
                onCommit={(target) => update(index, { target })}
              />
              <NumberCell
                label="Weight"
                value={measure.weight}
                readOnly={readOnly}
                testId="measure-weight"
                onCommit={(weight) => update(index, { weight: weight ?? 0 })}
              />
              <NumberCell
                label="Score"
                value={measure.score}
                readOnly={readOnly}
                testId="measure-score"
                onCommit={(score) => update(index, { score })}
              />
            </div>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="problem" role="status" data-testid="weight-problem">
          {problem}
        </p>
      )}
      {!readOnly && (
        <button type="button" className="button button--small" data-testid="add-measure" onClick={add}>
          <Icon name="plus" size={14} /> Add measure
        </button>
      )}
    </div>
  );
}
