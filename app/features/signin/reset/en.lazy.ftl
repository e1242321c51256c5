## Password reset (/reset_password and the pages after it)

reset-heading = Reset password
reset-intro = Enter your email and we’ll send you a confirmation code.
reset-email-label = Email
reset-email-invalid = Enter a valid email address.
reset-send-code = Send code
reset-sending = Sending…
reset-remember-password = Remember your password? Sign in

## The emailed code (/confirm_reset_password)

reset-code-heading = Enter confirmation code
# $email (String) - where the code went; $minutes (Number) - how long it works
reset-code-instruction = Enter the 8-digit code we sent to { $email } within { $minutes } minutes.
reset-code-label = Enter 8-digit code
reset-code-required = Enter the 8-digit code from the email.
reset-code-submit = Continue
reset-code-busy = Confirming…
reset-code-resend = Resend code
reset-code-resent = A new code was sent to your email.

## The account recovery key (/account_recovery_confirm_key)

reset-key-heading = Enter your account recovery key
reset-key-intro = Your account recovery key keeps your encrypted browsing data (passwords, bookmarks and more) when you reset your password.
reset-key-hint-label = Hint:
reset-key-label = Account recovery key
reset-key-submit = Confirm account recovery key
reset-key-busy = Checking…
reset-key-none = Don’t have your account recovery key?

## The new password (/complete_reset_password, /account_recovery_reset_password)

reset-new-heading = Create a new password
reset-new-key-kept = Your account recovery key was accepted: your encrypted data stays.
reset-warning-heading = Your synced data will be lost
reset-warning-body = Without your account recovery key, resetting your password makes a new encryption key. Data that Firefox synced with the old key (passwords, bookmarks, history and more) cannot be read any more and will be removed. Data on this device stays.
reset-new-password-label = New password
reset-repeat-password-label = Confirm new password
reset-new-submit = Reset password
reset-new-busy = Resetting…

## Two-step authentication in a reset (/confirm_totp_reset_password, /confirm_backup_code_reset_password)

reset-2fa-heading = Reset your password
reset-2fa-confirm = Confirm
reset-2fa-different-account = Use a different account
reset-totp-subheading = Enter two-step authentication code
reset-totp-instruction = Check your authenticator app to reset your password.
reset-totp-label = Enter 6-digit code
reset-totp-invalid = Invalid two-step authentication code
# Link to the backup authentication code page
reset-totp-trouble = Trouble entering code?
reset-backup-code-subheading = Enter backup authentication code
reset-backup-code-instruction = Enter one of the one-time-use codes you saved when you set up two-step authentication.
reset-backup-code-label = Enter 10-character code
reset-backup-code-invalid = Invalid backup authentication code
# Link back to the authenticator code page
reset-backup-code-back = Back

## After a reset with the key (/reset_password_with_recovery_key_verified)

reset-done-heading = Your password has been reset
reset-done-key-used = Your account recovery key has been used and no longer works. Create a new one now, so you can keep your data the next time.
reset-done-create-key = Create new account recovery key
reset-done-hint-label = Hint: where did you store the key? (optional)
reset-done-save-hint = Save hint
reset-done-hint-saved = Hint saved
reset-done-skip = Not now
reset-done-continue = Continue

## Errors

reset-error-invalid-key = Invalid account recovery key
reset-error-expired = This reset has expired. Start again to get a new code.
