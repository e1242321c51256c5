import { Localized } from '@fluent/react';
import { useState } from 'react';

// The new backup codes, shown once, with the three ways upstream offers to keep them
// (components/Settings/DataBlock: download, copy, print).

const FILE_NAME = 'mozilla-backup-codes.txt';

export function BackupCodes({ codes, email }: { codes: string[]; email: string }) {
  const [copied, setCopied] = useState(false);
  const text = `${email}\n\n${codes.join('\n')}\n`;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <div className="two-step-codes">
      <Localized id="two-step-codes-list" attrs={{ 'aria-label': true }}>
        <ul aria-label="Backup authentication codes" className="two-step-code-list">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      </Localized>
      <div className="settings-actions">
        <button type="button" className="button" onClick={download}>
          <Localized id="two-step-codes-download">
            <span>Download</span>
          </Localized>
        </button>
        <button type="button" className="button" onClick={copy}>
          <Localized id="two-step-codes-copy">
            <span>Copy</span>
          </Localized>
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          <Localized id="two-step-codes-print">
            <span>Print</span>
          </Localized>
        </button>
      </div>
      <p role="status">
        {copied ? (
          <Localized id="two-step-codes-copied">
            <span>Copied</span>
          </Localized>
        ) : null}
      </p>
    </div>
  );
}
