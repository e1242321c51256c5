import { Localized } from '@fluent/react';
import { useState } from 'react';
import { addLazyStrings } from '../../l10n/lazy-strings';

/**
 * The component's strings (<locale>.lazy.ftl beside it) travel with its chunk; pages that show
 * it wait for them before the key appears.
 */
export const recoveryKeyStringsReady = import('virtual:ftl-lazy/components/recovery-key').then(
  addLazyStrings,
);

/**
 * A new account recovery key, shown once (and saying so) in upstream's format (8 groups of 4),
 * with copy, download (a text file, as upstream's "Download and continue") and print. Used by the
 * reset flow (a new key after the old one was used) and by settings.
 */
export function RecoveryKeyDisplay({ recoveryKey, email }: { recoveryKey: string; email: string }) {
  const [status, setStatus] = useState<'copied' | 'copy-failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setStatus('copied');
    } catch {
      setStatus('copy-failed');
    }
  };

  const download = () => {
    const date = new Date().toISOString().slice(0, 10);
    const blob = new Blob([`${email}\n\n${recoveryKey}\n`], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `Mozilla-Recovery-Key_${date}_${email}.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className="recovery-key-display">
      <Localized id="recovery-key-once">
        <p>Store this key somewhere safe. It is shown only this once.</p>
      </Localized>
      <Localized id="recovery-key-label">
        <p id="recovery-key-label">Your account recovery key</p>
      </Localized>
      <output className="recovery-key" aria-labelledby="recovery-key-label" dir="ltr">
        {recoveryKey}
      </output>
      <div className="recovery-key-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          <Localized id="recovery-key-copy">
            <span>Copy</span>
          </Localized>
        </button>
        <button type="button" className="button" onClick={download}>
          <Localized id="recovery-key-download">
            <span>Download</span>
          </Localized>
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          <Localized id="recovery-key-print">
            <span>Print</span>
          </Localized>
        </button>
      </div>
      <p role="status">
        {status === 'copied' && (
          <Localized id="recovery-key-copied">
            <span>Copied</span>
          </Localized>
        )}
        {status === 'copy-failed' && (
          <Localized id="recovery-key-copy-failed">
            <span>Could not copy. Select the key and copy it yourself.</span>
          </Localized>
        )}
      </p>
    </div>
  );
}
