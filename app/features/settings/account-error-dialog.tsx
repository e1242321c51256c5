import { Localized } from '@fluent/react';
import { useEffect, useRef } from 'react';
import { isNetworkError } from '../../lib/auth-client/errors';
import { keepTabInside } from './keep-tab-inside';

/**
 * The account could not be loaded (upstream AppErrorDialog, test accountFetchError.spec.ts): a
 * modal dialog with a retry, never a blank page. Native <dialog> with showModal makes the page
 * behind it inert; keepTabInside keeps Tab on its button.
 */
export function AccountErrorDialog({
  error,
  retrying,
  onRetry,
}: {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="card settings-dialog"
      aria-labelledby="account-error-heading"
      aria-describedby="account-error-body"
      onKeyDown={keepTabInside}
      // Escape would leave an empty page behind: the dialog stays until the retry works.
      onCancel={(e) => e.preventDefault()}
    >
      <Localized id="settings-load-error-heading">
        <h2 id="account-error-heading">General application error</h2>
      </Localized>
      {isNetworkError(error) ? (
        <Localized id="settings-load-error-offline">
          <p id="account-error-body">
            Your account could not be loaded. Check your connection and try again.
          </p>
        </Localized>
      ) : (
        <Localized id="settings-load-error-body">
          <p id="account-error-body">Something went wrong. Please try again later.</p>
        </Localized>
      )}
      <button type="button" className="button primary" disabled={retrying} onClick={onRetry}>
        <Localized id="settings-load-error-retry">
          <span>Try again</span>
        </Localized>
      </button>
    </dialog>
  );
}
