import { BOARD_TEMPLATES } from "@brownpaper/shared";

/** The example processes a new board can start from; picking one creates the board. */
export function TemplatePicker({
  disabled,
  onPick,
}: {
  disabled: boolean;
  onPick: (file: unknown, name: string) => void;
}) {
  return (
    <>
      <h2 className="landing__templates-title">…or start from an example process</h2>
      <ul className="landing__templates" aria-label="Example processes">
        {BOARD_TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="landing__template"
              data-testid={`template-${template.id}`}
              disabled={disabled}
              onClick={() => onPick(template.file, template.name)}
            >
              <strong>{template.name}</strong>
              <span>{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
