import { Localized } from '@fluent/react';
import { type RefObject, useEffect, useRef } from 'react';
import { keepTabInside } from '../keep-tab-inside';

type Props = {
  /** The device, as it registered itself. */
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Where focus goes when the opener is gone (the device was disconnected, its row removed). */
  fallbackFocus: RefObject<HTMLElement | null>;
};

/**
 * "Disconnect from Sync" (upstream ConnectedServices' confirm-disconnect modal, shown for Sync
 * devices): the device keeps its data but stops syncing. A native modal <dialog>: showModal makes
 * the page behind it inert and keepTabInside wraps Tab; Escape or Cancel close it, and focus
 * returns to the button that opened it (or to the section when that row is gone).
 */
export function DisconnectDialog({ name, busy, onConfirm, onClose, fallbackFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    // The safe choice first: Enter on arrival must not disconnect anything.
    cancel.current?.focus();
    return () => {
      dialog?.close();
      (opener?.isConnected ? opener : fallbackFocus.current)?.focus();
    };
  }, [fallbackFocus]);
  return (
    <dialog
      ref={ref}
      className="card settings-dialog"
      aria-labelledby="disconnect-heading"
      aria-describedby="disconnect-body"
      onKeyDown={keepTabInside}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <Localized id="settings-disconnect-heading">
        <h2 id="disconnect-heading">Disconnect from Sync</h2>
      </Localized>
      <Localized id="settings-disconnect-body" vars={{ name }}>
        <p id="disconnect-body">
          Your browsing data will remain on {name}, but it will no longer sync with your account.
        </p>
      </Localized>
      <div className="settings-actions">
        <button
          type="button"
          className="button danger"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={onConfirm}
        >
          <Localized id="settings-disconnect-confirm">
            <span>Disconnect</span>
          </Localized>
        </button>
        <button ref={cancel} type="button" className="button" onClick={onClose}>
          <Localized id="settings-disconnect-cancel">
            <span>Cancel</span>
          </Localized>
        </button>
      </div>
    </dialog>
  );
}
