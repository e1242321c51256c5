## A new account recovery key, shown once

recovery-key-once = Store this key somewhere safe. It is shown only this once.
recovery-key-label = Your account recovery key
recovery-key-copy = Copy
recovery-key-download = Download
recovery-key-print = Print
recovery-key-copied = Copied
recovery-key-copy-failed = Could not copy. Select the key and copy it yourself.
