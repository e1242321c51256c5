# The step-up verification dialog (upstream MfaGuard / ModalMfaProtected): loaded with it.
step-up-heading = Enter confirmation code
step-up-subheading = Help us make sure it’s you changing your account info
step-up-instruction = Enter the code that was sent to { $email } within 5 minutes.
step-up-code-label = Enter 6-digit code
step-up-cancel = Cancel
step-up-confirm = Confirm
step-up-resend = Code expired? Email new code.
step-up-resent = A new code was sent to your email.
