# The page a Sync user sees when the session Firefox holds has ended (issue #20; upstream
# fxa-settings SignoutSync, mozilla/fxa PR #17241). Loaded with the page's own chunk.

signout-sync-heading = Session expired
signout-sync-body = Firefox is still signed in with a session that has ended. Signing in again here would not fix Firefox.
signout-sync-steps = Sign out of your account from Firefox’s menu (Settings, then Sync), then sign in again there.
