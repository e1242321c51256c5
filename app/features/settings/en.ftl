settings-heading = Settings
settings-profile-heading = Profile
settings-primary-email = Primary email
settings-avatar-alt = Your profile picture
settings-avatar-default-alt = Default profile picture
settings-alert-dismiss =
    .aria-label = Dismiss
settings-error-incorrect-password = Incorrect password
settings-error-invalid-code = Invalid or expired confirmation code
settings-error-throttled = You’ve tried too many times. Please try again later.
settings-error-email-taken = This email is already in use by another account
settings-error-email-is-primary = Secondary email must be different than your account email
settings-error-email-on-account = This email already exists on your account
settings-error-unavailable = The service is temporarily unavailable. Please try again later.
settings-error-network = Could not reach the server. Check your connection and try again.
settings-error-unexpected = Something went wrong. Please try again.
settings-retry = Try again
settings-picture = Picture
settings-add-picture = Add picture
settings-change-picture = Change picture
settings-display-name = Display name
settings-none = None
settings-add-name = Add display name
settings-change-name = Change display name
settings-secondary-email = Secondary email
settings-email-unconfirmed = Unconfirmed
settings-add-email = Add secondary email
settings-security-heading = Security
settings-password = Password
settings-password-created = Created { DATETIME($date, dateStyle: "medium") }
settings-change-password = Change password
settings-delete-heading = Delete account
settings-delete-intro = Permanently delete your account and its data.
settings-delete-link = Delete account…
settings-account-deleted = Account deleted successfully

## Password reset (the reset flow ends here)

settings-alert-password-reset = Your password has been reset

## Account recovery key (the Security section)

settings-recovery-key = Account recovery key
settings-recovery-key-enabled = Enabled
settings-recovery-key-not-set = Not set
settings-recovery-key-add = Create
settings-recovery-key-manage = Change or remove
