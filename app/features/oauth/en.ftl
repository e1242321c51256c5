## /authorization

authorization-heading = Continue to your application
# $client: the relier's name, as registered with the accounts server
authorization-continue-heading = Continue to { $client }
authorization-signed-in-browser = You are signed in to Firefox as
authorization-signed-in = You are signed in as
# $email: the account's email address
authorization-continue-as = Continue as { $email }
authorization-different-account = Use a different account
authorization-working = One moment…
oauth-continue-offline = Could not reach the server. Check your connection and try again.
oauth-continue-throttled = Too many attempts. Wait a moment and try again.
oauth-continue-failed = Something went wrong on our side. Try again.
oauth-continue-two-step-required = This application requires two-step authentication. Turn it on in your account settings, then try again.

## Bad Request page (upstream OAuthDataError and the OAuth error table)

oauth-bad-request-heading = Bad Request
oauth-try-again = Try again
oauth-error-unknown-client = Unknown client
oauth-error-incorrect-redirect = Incorrect redirect_uri
# $param: the name of an OAuth query parameter, e.g. state
oauth-error-invalid-parameter = Invalid OAuth parameter: { $param }
# $param: the name of an OAuth query parameter, e.g. state
oauth-error-missing-parameter = Missing OAuth parameter: { $param }
oauth-error-keys-redirect = Invalid redirect parameter
oauth-error-missing-pkce = PKCE parameters missing
oauth-error-not-public-client = Not a public client
oauth-error-mismatch-acr = Mismatch acr values
oauth-error-service-unavailable = System unavailable, try again soon
oauth-error-unexpected = Unexpected error
oauth-error-try-again = Something went wrong. Please close this tab and try again.
oauth-error-prompt-none-client = prompt=none is not enabled for this client
oauth-error-prompt-none-keys = prompt=none cannot be used when requesting keys
oauth-error-not-signed-in = User is not signed in
oauth-error-different-user = A different user is signed in
oauth-error-unverified = Unverified user or session
oauth-error-id-token-hint = Invalid id_token_hint
oauth-error-consent-required = The user has not seen what this client can read

## /signin_permissions

permissions-heading = Request for permission
# $client: the relier's name, as registered with the accounts server
permissions-intro = { $client } would like to access:
permissions-email = Email address
permissions-display-name = Display name
permissions-avatar = Profile picture
permissions-accept = Accept
permissions-cancel = Cancel
