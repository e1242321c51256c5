## Two-step authentication at sign-in (/signin_totp_code, /signin_recovery_code)

totp-code-heading = Enter two-step authentication code
totp-code-instruction = Check your authenticator app to confirm your sign-in.
totp-code-input-label = Enter 6-digit code
totp-code-required = Authentication code required
totp-code-invalid = Invalid two-step authentication code
# Link to the backup authentication code page
totp-code-trouble = Trouble entering code?
recovery-code-heading = Enter backup authentication code
recovery-code-instruction = Enter one of the one-time-use codes you saved when you set up two-step authentication.
recovery-code-input-label = Enter 10-character code
recovery-code-required = Backup authentication code required
recovery-code-invalid = Invalid backup authentication code
# Link back to the authenticator code page
recovery-code-back = Back
