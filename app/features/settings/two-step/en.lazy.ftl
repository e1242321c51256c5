## Two-step authentication in settings (section, /settings/two_step_authentication, replace_codes)

two-step-heading = Two-step authentication
two-step-row = Two-step authentication
two-step-on = Enabled
two-step-off = Not set
two-step-add = Add
two-step-disable = Disable
two-step-disable-question = Disable two-step authentication?
two-step-disable-warning = Your account will no longer ask for a code from your authenticator app, and your backup authentication codes will stop working.
two-step-disable-confirm = Disable
two-step-disabled = Two-step authentication disabled
two-step-codes-row = Backup authentication codes
# $count (Number) - backup authentication codes not used yet
two-step-codes-left =
    { $count ->
        [one] { $count } code remaining
       *[other] { $count } codes remaining
    }
two-step-codes-new = Get new codes
two-step-setup-heading = Two-step authentication
two-step-scan-intro = Scan this QR code with an authenticator app, such as Duo, 1Password, Authy or Google Authenticator.
# $secret (String) - the key the QR code holds, for people who cannot see the image
two-step-qr-alt =
    .alt = Use the code { $secret } to set up two-step authentication in supported applications.
two-step-manual-intro = Can’t scan the code? Enter this key in your authenticator app instead:
two-step-code-label = Enter 6-digit code
two-step-code-invalid = Invalid authentication code
two-step-continue = Continue
two-step-cancel = Cancel
two-step-back = Back
two-step-try-again = Try again
two-step-codes-intro = Save these one-time-use codes in a safe place for when you don’t have your mobile device.
two-step-codes-list =
    .aria-label = Backup authentication codes
two-step-codes-download = Download
two-step-codes-copy = Copy
two-step-codes-print = Print
two-step-codes-copied = Copied
two-step-confirm-code-intro = Enter one of your backup authentication codes to confirm you saved it. You’ll need a code if you lose your device and want to access your account.
two-step-backup-code-label = Backup authentication code
two-step-backup-code-incorrect = Incorrect backup authentication code
two-step-finish = Finish
two-step-enabled = Two-step authentication has been enabled
two-step-replace-heading = Backup authentication codes
two-step-codes-updated = Backup authentication codes updated
