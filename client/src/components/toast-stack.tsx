import { useUiStore } from "../state/store";
import { selectDismissToast, selectToasts } from "../state/selectors";

/** Refused commands and other short notices, bottom centre, polite to screen readers. */
export function ToastStack() {
  const toasts = useUiStore(selectToasts);
  const dismiss = useUiStore(selectDismissToast);
  return (
    <div className="toast-stack" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast">
          <span>{toast.message}</span>
          <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
