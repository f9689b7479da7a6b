import { useEffect, useRef, type DialogHTMLAttributes, type RefObject, type SyntheticEvent } from "react";

type Props = Omit<DialogHTMLAttributes<HTMLDialogElement>, "onClose" | "onCancel" | "open"> & {
  /** This dialog was closed (Escape, a form with method="dialog", or `close()`). */
  onClose?(): void;
  /** Escape leaves it open: something in it must not be hidden while it runs. */
  keepOpen?: boolean;
  /** For a dialog that reaches into its own content (to scroll, to focus). */
  dialogRef?: RefObject<HTMLDialogElement | null>;
};

/**
 * A modal <dialog>, shown as it mounts. React passes a nested dialog's close and cancel events up to every
 * dialog around it, so an Escape in "Erase everything" would also close Privacy and Settings behind it:
 * here each dialog answers only its own.
 */
export function ModalDialog({ onClose, keepOpen = false, dialogRef, children, ...dialog }: Props) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;

  useEffect(() => {
    ref.current?.showModal();
  }, [ref]);

  const own = (event: SyntheticEvent<HTMLDialogElement>) => event.target === event.currentTarget;
  return (
    <dialog
      ref={ref}
      {...dialog}
      onClose={(event) => own(event) && onClose?.()}
      onCancel={(event) => own(event) && keepOpen && event.preventDefault()}
    >
      {children}
    </dialog>
  );
}
