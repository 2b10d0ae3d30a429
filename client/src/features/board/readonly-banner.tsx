import { Icon } from "../../components/icon";
import "./board.css";

export function ReadonlyBanner() {
  return (
    <div className="readonly-banner" data-testid="readonly-banner" role="note">
      <Icon name="eye" /> View only — you can watch but not change this board
    </div>
  );
}
