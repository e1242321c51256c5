# The settings page's parts that load after it (the sections below the fold, the avatar menu, a
# secondary email's actions, the error dialog): these strings come with their chunks, not with the
# page (the page's initial JS budget; scripts/vite-plugin-ftl.ts, app/l10n/lazy-strings.ts).

settings-services-heading = Connected services
# $count (Number) - sessions, devices and apps signed in to the account
settings-services-count =
    { $count ->
        [one] { $count } service or device is signed in to your account.
       *[other] { $count } services and devices are signed in to your account.
    }
settings-this-device = This device
# $when (String) - how long ago, from Intl.RelativeTimeFormat in the page's language ("3 days ago")
settings-last-active = Last active { $when }
# $name (String) - the device or service, as it registered itself ("Pixel 9", "Firefox on Linux")
settings-client-sign-out = Sign out
    .aria-label = Sign out of { $name }
settings-client-signed-out = Signed out of { $name }

## Signing a Sync device out (upstream's "Disconnect from Sync" dialog)

settings-disconnect-heading = Disconnect from Sync
# $name (String) - the device's name
settings-disconnect-body = Your browsing data will remain on { $name }, but it will no longer sync with your account.
settings-disconnect-confirm = Disconnect
settings-disconnect-cancel = Cancel

## Data collection and use (upstream DataCollection): the account's opt-out switch

settings-dc-heading = Data collection and use
settings-dc-subheading = Help improve Mozilla accounts
settings-dc-help = Allow the account to share technical and interaction data. This app itself sends no metrics, whatever you choose; your choice is stored with your account for the services that read it.
settings-dc-learn-more = Learn more
settings-dc-on = On
settings-dc-off = Off
settings-dc-opted-out = You opted out of data collection.
settings-dc-opted-in = Thanks! Your choice is saved.
settings-dc-error = Sorry, there was a problem changing your data collection preference

## The avatar menu (avatar-menu.tsx)

settings-avatar-menu = Account menu
settings-sign-out = Sign out

## A secondary email's actions (secondary-email-actions.tsx)

settings-make-primary = Make primary
    .aria-label = Make { $email } your primary email
settings-confirm-email = Confirm
    .aria-label = Confirm { $email }
settings-delete-email = Delete
    .aria-label = Delete { $email }
settings-email-now-primary = { $email } is now your primary email
settings-email-deleted = { $email } successfully deleted

## The dialog when the account cannot be loaded (account-error-dialog.tsx)

settings-load-error-heading = General application error
settings-load-error-body = Something went wrong. Please try again later.
settings-load-error-offline = Your account could not be loaded. Check your connection and try again.
settings-load-error-retry = Try again
