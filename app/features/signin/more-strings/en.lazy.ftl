# Strings of the sign-in pages people reach from elsewhere (force_auth, unblock, report): loaded
# with those pages (routes/signin-more-routes.ts), not with every sign-in page.

## Force auth (/force_auth, /oauth/force_auth): sign in again to the account the link names

force-auth-checking = Checking your account…
force-auth-gone-heading = Account no longer exists
force-auth-gone-unknown = There is no Mozilla account with this email address. It may have been deleted.
force-auth-create-account = Create an account
force-auth-gone-deleted = The account this link was made for has been deleted. Go back to the app that sent you here and sign in again.

## Sign-in unblock (/signin_unblock): customs blocked the sign-in; an emailed code lets it through

unblock-heading = Authorize this sign-in
# $email (String) - the address the authorization code was sent to
unblock-instruction = Check your email for the authorization code sent to { $email }.
unblock-code-label = Enter authorization code
unblock-submit = Continue
unblock-busy = Signing in…
unblock-code-required = Authorization code required
unblock-code-length = Authorization code must contain 8 characters
unblock-code-format = Authorization code can only contain letters and/or numbers
unblock-resend = Not in inbox or spam folder? Resend
unblock-resent = A new code was sent to your email.
unblock-why = Why is this happening?
unblock-enter-password = Enter your password again

## "This wasn't me" from the unblock email (/report_signin, /signin_reported)

report-signin-heading = Report unauthorized sign-in?
report-signin-body = You received an email about attempted access to your account. Would you like to report this activity as suspicious?
report-signin-submit = Report activity
report-signin-damaged-heading = Link damaged
report-signin-damaged-body = The link you clicked was missing characters, and may have been broken by your email client. Copy the address carefully, and try again.
signin-reported-heading = Thank you for your vigilance
signin-reported-body = Our team has been notified. Reports like this help us fend off intruders.
