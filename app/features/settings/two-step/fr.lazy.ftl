## Two-step authentication in settings (section, /settings/two_step_authentication, replace_codes)

two-step-heading = Authentification en deux étapes
two-step-row = Authentification en deux étapes
two-step-on = Activée
two-step-off = Non configurée
two-step-add = Ajouter
two-step-disable = Désactiver
two-step-disable-question = Désactiver l’authentification en deux étapes ?
two-step-disable-warning = Votre compte ne demandera plus de code de votre application d’authentification, et vos codes d’authentification de secours ne fonctionneront plus.
two-step-disable-confirm = Désactiver
two-step-disabled = Authentification en deux étapes désactivée
two-step-codes-row = Codes d’authentification de secours
# $count (Number) - backup authentication codes not used yet
two-step-codes-left =
    { $count ->
        [one] { $count } code restant
       *[other] { $count } codes restants
    }
two-step-codes-new = Obtenir de nouveaux codes
two-step-setup-heading = Authentification en deux étapes
two-step-scan-intro = Scannez ce code QR avec une application d’authentification, comme Duo, 1Password, Authy ou Google Authenticator.
# $secret (String) - the key the QR code holds, for people who cannot see the image
two-step-qr-alt =
    .alt = Utilisez le code { $secret } pour configurer l’authentification en deux étapes dans les applications compatibles.
two-step-manual-intro = Impossible de scanner le code ? Saisissez plutôt cette clé dans votre application d’authentification :
two-step-code-label = Saisissez le code à 6 chiffres
two-step-code-invalid = Code d’authentification non valide
two-step-continue = Continuer
two-step-cancel = Annuler
two-step-back = Retour
two-step-try-again = Réessayer
two-step-codes-intro = Conservez ces codes à usage unique en lieu sûr pour les cas où vous n’avez pas votre appareil mobile.
two-step-codes-list =
    .aria-label = Codes d’authentification de secours
two-step-codes-download = Télécharger
two-step-codes-copy = Copier
two-step-codes-print = Imprimer
two-step-codes-copied = Copié
two-step-confirm-code-intro = Saisissez l’un de vos codes d’authentification de secours pour confirmer que vous l’avez conservé. Vous en aurez besoin si vous perdez votre appareil et voulez accéder à votre compte.
two-step-backup-code-label = Code d’authentification de secours
two-step-backup-code-incorrect = Code d’authentification de secours incorrect
two-step-finish = Terminer
two-step-enabled = L’authentification en deux étapes a été activée
two-step-replace-heading = Codes d’authentification de secours
two-step-codes-updated = Codes d’authentification de secours mis à jour
