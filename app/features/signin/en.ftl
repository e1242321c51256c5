## Email-first (/ and /oauth)

email-first-heading = Enter your email
email-first-sync-heading = Continue to your Mozilla account
email-first-sync-subheading = Sync your passwords, tabs, and bookmarks everywhere you use Firefox.
email-first-subheading = Continue to account settings
email-first-email-label = Email
email-first-submit = Sign up or sign in
email-first-invalid-email = Valid email required
email-first-cancelled = Login attempt cancelled

## Cached sign-in ("Continue as")

cached-signin-heading = Sign in
# $email (String) - the address of the account that is already signed in
cached-signin-continue = Continue as { $email }
cached-signin-busy = Signing in…
signin-use-different-account = Use a different account

## Password sign-in (/signin, /oauth/signin)

signin-heading = Enter your password
signin-subheading = for your Mozilla account
signin-password-label = Password
signin-submit = Sign in
signin-busy = Signing in…
signin-session-expired = Session expired. Sign in to continue.

## Sign-up (/signup, /oauth/signup)

signup-heading = Set your password
signup-change-email = Change email
signup-password-label = Password
signup-repeat-password-label = Repeat password
signup-submit = Create account
signup-busy = Creating account…
signup-rules-heading = Your password needs:
# $count (Number) - the shortest password allowed
signup-rule-length =
    { $count ->
        [one] At least { $count } character
       *[other] At least { $count } characters
    }
signup-rule-not-email = Not your email address
signup-rule-not-common = Not a commonly used password
signup-rule-met = (done)
signup-rule-unmet = (not yet)
signup-error-rules = Choose a password that meets the requirements.
signup-error-mismatch = Passwords do not match

## Confirmation codes (/signin_token_code, /confirm_signup_code)

code-heading = Enter confirmation code
code-subheading = for your Mozilla account
# $email (String) - where the code was sent; $minutes (Number) - how long the code is valid
code-instruction =
    { $minutes ->
        [one] Enter the code that was sent to { $email } within { $minutes } minute.
       *[other] Enter the code that was sent to { $email } within { $minutes } minutes.
    }
code-input-label = Enter 6-digit code
code-submit = Confirm
code-busy = Confirming…
code-expired = Code expired?
code-resend = Email new code.
code-resent = A new code was sent to your email.
code-required = Enter the 6-digit code from the email.

## Choose what to sync (Sync sign-in and sign-up)

sync-cwts-heading = Choose what to sync
sync-cwts-intro = Firefox will sync what you choose on every device where you sign in.
sync-cwts-submit = Start syncing
sync-cwts-busy = Starting…
sync-engine-bookmarks = Bookmarks
sync-engine-history = History
sync-engine-passwords = Passwords
sync-engine-addresses = Addresses
sync-engine-creditcards = Payment methods
sync-engine-addons = Add-ons
sync-engine-tabs = Open tabs
sync-engine-prefs = Settings

## Connect another device (/connect_another_device, the end of a Sync sign-in)

cad-heading = You’re signed into Firefox
cad-sync-starting = Sync is starting. Sign in on your other devices to see your data there too.
cad-settings-link = Manage your account
cad-pair-link = Connect another device

## Errors

# Site storage (cookies and site data) blocked or full: the session lives in this tab only.
signin-storage-unavailable = Your browser is blocking site storage, so you will stay signed in only in this tab.

signin-error-unknown-account = Unknown account
signin-error-incorrect-password = Incorrect password
signin-error-account-exists = Account already exists
# $retryAfter (String) - when the user may try again, e.g. "in 15 minutes"
signin-error-throttled = You’ve tried too many times. Please try again { $retryAfter }.
signin-error-throttled-generic = You’ve tried too many times. Please try again later.
signin-error-blocked = The sign-in was blocked for security reasons. Try again later.
signin-error-invalid-code = Invalid or expired confirmation code
signin-error-unavailable = The service is busy. Please try again soon.
signin-error-network = Could not reach the server. Check your connection and try again.
signin-error-browser = Firefox did not answer. Try again.
signin-error-unexpected = Something went wrong. Please try again.

## Parameters that stop the flow

oauth-bad-request-heading = Bad Request
# A redirect_to parameter that is not a page of this site
signin-invalid-query = Invalid Query Parameters

## Sign-in unblock errors
signin-error-invalid-unblock-code = Invalid authorization code

## Sign-up: the documents the user agrees to (links to /legal/terms and /legal/privacy)

signup-terms-agreement = By proceeding, you agree to the <terms>Terms of Service</terms> and <privacy>Privacy Notice</privacy>.
## Password reset entry (the password step)

signin-forgot-password = Forgot password?
## Two-step authentication

signin-error-recovery-code-not-found = Backup authentication code not found
signin-error-two-step-required = This application requires two-step authentication. Turn it on in your account settings, then try again.
