// A modal dialog on the native <dialog> element: showModal() moves focus to the first field and keeps
// it inside (the page behind becomes inert), Escape closes it. The caller unmounts it to close it
// and then returns focus to the control that opened it (see `useReturnFocus`).
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  /** A short text under the title, read out together with it. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, description, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: let React state close the dialog so that it unmounts cleanly.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}

/**
 * Returns focus after a dialog closes: `returnFocus(...ids)` focuses the first of `ids` that exists once
 * React has committed the update (so the dialog is gone and the page is no longer inert) and is not disabled,
 * e.g. the button
 * that opened the dialog, with a fallback for when that button is gone.
 */
export function useReturnFocus(): (...ids: string[]) => void {
  const [target, setTarget] = useState<{ ids: string[] } | null>(null);
  useEffect(() => {
    if (!target) return;
    for (const id of target.ids) {
      const element = document.getElementById(id);
      // A disabled control cannot take focus (e.g. "Flytta upp" once an item is first); try the next one.
      if (element && !element.matches(':disabled')) return element.focus();
    }
  }, [target]);
  return useCallback((...ids: string[]) => setTarget({ ids }), []);
}
