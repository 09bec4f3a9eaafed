// A modal question with a safe way out, built on <dialog> so focus, Escape and inertness behave
// as browsers and screen readers expect.
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";

interface Props {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  onConfirm,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmed = useRef(false);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Close at once, so the browser hands focus back to the button that opened the dialog now,
  // not later, after onConfirm has moved it somewhere more useful (a list's heading).
  const confirm = () => {
    confirmed.current = true;
    ref.current?.close();
    onConfirm();
  };
  const closed = () => {
    if (confirmed.current) confirmed.current = false;
    else onCancel();
  };
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={closed} class="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
      <div class="actions">
        <button type="button" class="danger" onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} autofocus>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
