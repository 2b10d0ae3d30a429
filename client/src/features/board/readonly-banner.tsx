export function ReadonlyBanner() {
  return (
    <div className="readonly-banner" data-testid="readonly-banner" role="note">
      <span aria-hidden="true">👁</span> View only — you can watch but not change this board
    </div>
  );
}
