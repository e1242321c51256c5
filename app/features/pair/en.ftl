## QR-code pairing ("Connect another device"): /pair, /pair/auth/*, /pair/supp/*, results

pair-index-heading = Connect another device
pair-index-step-download = Download Firefox on your phone
pair-download-qr =
    .aria-label = QR code to download Firefox for your phone
pair-index-step-scan = Then scan the code Firefox shows you
pair-index-explain = Open Firefox on your phone, choose “Sign in”, then “Ready to scan”.
pair-index-ready = Ready to scan
pair-index-dialog-failed = Firefox did not open the pairing window. Try again.
pair-index-signed-out = Sign in to Firefox on this computer first, then connect your phone.
pair-index-sign-in = Sign in to Firefox
pair-loading-heading = Connect another device
pair-loading-text = Loading…

## Desktop Firefox (the authority)

# $email (String) - the account Firefox is signed in to
pair-auth-allow-question = Did you just sign in to Firefox as { $email } on this device?
pair-auth-allow-heading = Connect another device
pair-auth-allow-confirm = Yes, connect this device
pair-auth-allow-decline = No, cancel
# $family (String) - a browser, e.g. Firefox; $os (String) - a system, e.g. Android
pair-device-family-os = { $family } on { $os }
# $place (String) - city, region and country, as far as known
pair-device-place = Near { $place }
# $ip (String) - an IP address
pair-device-ip = IP address: { $ip }
pair-auth-wait-heading = Confirm on your other device
pair-auth-wait-text = Waiting for your other device to confirm…
pair-auth-complete-heading = Device connected
pair-auth-complete-text = You are now syncing with:
pair-manage-account = Manage your account

## The phone (the supplicant)

pair-supp-connecting-heading = Connecting to your computer
pair-supp-connecting-text = Connecting…
pair-supp-allow-heading = Confirm pairing
# $email (String) - the account the computer is signed in to
pair-supp-allow-account = Account: { $email }
# $device (String) - the name of the computer's Firefox
pair-supp-allow-device = Approving from: { $device }
pair-supp-allow-confirm = Confirm pairing
pair-supp-allow-cancel = Cancel
pair-supp-wait-heading = Confirm on your computer
pair-supp-wait-text = Waiting for Firefox on your computer to confirm…
pair-bad-request-heading = Bad Request
pair-invalid-client = Invalid pairing client
pair-invalid-channel = This pairing link is incomplete. Scan the code again.
pair-invalid-request = The app asked for pairing with parameters that are not valid.

## Results

pair-failure-heading = Pairing didn’t work
pair-failure-declined = Pairing was cancelled.
pair-failure-gone = This pairing is over or timed out. Start again from Firefox on your computer.
pair-failure-timeout = Your computer did not answer. Scan a new code and try again.
pair-failure-signed-out = Sign in to Firefox on this computer first.
pair-failure-bad-code = The answer from your computer could not be used. Try again.
pair-failure-error = The connection between your devices was lost. Try again.
pair-failure-try-again = Try again
pair-success-heading = Device connected
pair-success-text = Firefox on this device is now signed in to your account.
pair-unsupported-heading = Connect another device
pair-unsupported-text = Pairing needs Firefox on your computer, signed in to your account.
pair-unsupported-app = To connect a phone, open Firefox on the phone, choose “Sign in”, and scan the code that Firefox on your computer shows.
pair-unsupported-download = Download Firefox
