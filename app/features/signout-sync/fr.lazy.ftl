# The page a Sync user sees when the session Firefox holds has ended (issue #20; upstream
# fxa-settings SignoutSync, mozilla/fxa PR #17241). Loaded with the page's own chunk.

signout-sync-heading = Session expirée
signout-sync-body = Firefox est toujours connecté avec une session qui a pris fin. Vous reconnecter ici ne réparerait pas Firefox.
signout-sync-steps = Déconnectez-vous de votre compte depuis le menu de Firefox (Paramètres, puis Synchronisation), puis reconnectez-vous depuis Firefox.
