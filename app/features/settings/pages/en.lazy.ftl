# Strings only the settings sub-pages use: loaded with them, not in the entry chunk
# (scripts/vite-plugin-ftl.ts, app/l10n/lazy-strings.ts).
settings-cancel = Cancel
settings-save = Save
settings-name-heading = Display name
settings-name-label = Enter display name
settings-name-updated = Display name updated
settings-picture-heading = Profile picture
settings-picture-choose = Upload a photo
settings-picture-remove = Remove photo
settings-picture-unreadable = This file is not a picture that can be used. Choose a PNG, JPEG, GIF or WebP image.
settings-picture-updated = Profile picture updated
settings-picture-removed = Profile picture removed
settings-add-email-heading = Secondary email
settings-email-label = Enter email address
settings-verify-email-heading = Verify your secondary email
settings-verify-email-intro = Enter the verification code that was sent to { $email }.
settings-code-label = Enter 6-digit code
settings-confirm = Confirm
settings-code-resend = Send a new code
settings-code-resent = A new code was sent.
settings-email-added = { $email } successfully added
settings-password-heading = Change password
settings-password-current = Enter current password
settings-password-new = Enter new password
settings-password-confirm = Re-enter new password
# $count (Number) - the shortest password allowed
settings-password-rule-length =
    { $count ->
        [one] At least { $count } character
       *[other] At least { $count } characters
    }
settings-password-rule-email = Not your email address
settings-password-rule-common = Not a commonly used password
settings-password-rule-met = {" "}(done)
settings-password-mismatch = Passwords do not match
settings-password-updated = Password updated
settings-delete-ack-intro = Please confirm that you understand:
settings-delete-ack-data = My saved data, Sync data included, will be deleted.
settings-delete-ack-subscriptions = Any paid subscriptions will be canceled.
settings-delete-ack-final = This cannot be undone.
settings-continue = Continue
settings-delete-password = Enter your password to delete your account
settings-delete-submit = Delete

## Account recovery key (/settings/account_recovery)

settings-recovery-key-heading = Account recovery key
settings-recovery-key-exists = Your account recovery key is set. Create a new one to replace it (the old key stops working), or remove it.
settings-recovery-key-replace = Create new key
settings-recovery-key-remove = Remove key
settings-recovery-key-intro = If you forget your password, the account recovery key restores your encrypted data (passwords, bookmarks and more). Confirm your password to create it.
settings-recovery-key-password = Enter your password
settings-recovery-key-create = Create account recovery key
settings-recovery-key-hint = Hint: where did you store the key? (optional)
settings-recovery-key-finish = Finish
settings-recovery-key-created = Account recovery key created
settings-recovery-key-removed = Account recovery key removed

## Change password: start a reset instead

settings-password-forgot = Forgot password?
