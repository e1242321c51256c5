## Email-first (/ and /oauth)

email-first-heading = Saisissez votre adresse électronique
email-first-sync-heading = Continuer vers votre compte Mozilla
email-first-sync-subheading = Synchronisez vos mots de passe, onglets et marque-pages partout où vous utilisez Firefox.
email-first-subheading = Continuer vers les paramètres du compte
email-first-email-label = Adresse électronique
email-first-submit = S’inscrire ou se connecter
email-first-invalid-email = Adresse électronique valide requise
email-first-cancelled = Tentative de connexion annulée

## Cached sign-in ("Continue as")

cached-signin-heading = Connexion
cached-signin-continue = Continuer en tant que { $email }
cached-signin-busy = Connexion…
signin-use-different-account = Utiliser un autre compte

## Password sign-in

signin-heading = Saisissez votre mot de passe
signin-subheading = pour votre compte Mozilla
signin-password-label = Mot de passe
signin-submit = Se connecter
signin-busy = Connexion…
signin-session-expired = Session expirée. Connectez-vous pour continuer.

## Sign-up

signup-heading = Définissez votre mot de passe
signup-change-email = Modifier l’adresse électronique
signup-password-label = Mot de passe
signup-repeat-password-label = Répétez le mot de passe
signup-submit = Créer un compte
signup-busy = Création du compte…
signup-rules-heading = Votre mot de passe doit :
signup-rule-length =
    { $count ->
        [one] contenir au moins { $count } caractère
       *[other] contenir au moins { $count } caractères
    }
signup-rule-not-email = être différent de votre adresse électronique
signup-rule-not-common = ne pas être un mot de passe courant
signup-rule-met = (respecté)
signup-rule-unmet = (pas encore)
signup-error-rules = Choisissez un mot de passe qui respecte ces critères.
signup-error-mismatch = Les mots de passe ne correspondent pas

## Confirmation codes

code-heading = Saisissez le code de confirmation
code-subheading = pour votre compte Mozilla
code-instruction =
    { $minutes ->
        [one] Saisissez le code envoyé à { $email } dans la minute qui suit.
       *[other] Saisissez le code envoyé à { $email } dans les { $minutes } minutes.
    }
code-input-label = Saisissez le code à 6 chiffres
code-submit = Confirmer
code-busy = Confirmation…
code-expired = Code expiré ?
code-resend = Envoyer un nouveau code.
code-resent = Un nouveau code a été envoyé à votre adresse électronique.
code-required = Saisissez le code à 6 chiffres reçu par courriel.

## Choose what to sync

sync-cwts-heading = Choisir les données à synchroniser
sync-cwts-intro = Firefox synchronisera les données choisies sur tous les appareils où vous vous connectez.
sync-cwts-submit = Lancer la synchronisation
sync-cwts-busy = Démarrage…
sync-engine-bookmarks = Marque-pages
sync-engine-history = Historique
sync-engine-passwords = Mots de passe
sync-engine-addresses = Adresses
sync-engine-creditcards = Moyens de paiement
sync-engine-addons = Modules complémentaires
sync-engine-tabs = Onglets ouverts
sync-engine-prefs = Paramètres

## Connect another device

cad-heading = Vous êtes connecté à Firefox
cad-sync-starting = La synchronisation démarre. Connectez-vous sur vos autres appareils pour y retrouver aussi vos données.
cad-settings-link = Gérer votre compte
cad-pair-link = Connecter un autre appareil

## Errors

signin-storage-unavailable = Votre navigateur bloque le stockage du site : vous ne resterez connecté que dans cet onglet.

signin-error-unknown-account = Compte inconnu
signin-error-incorrect-password = Mot de passe incorrect
signin-error-account-exists = Ce compte existe déjà
signin-error-throttled = Vous avez effectué trop de tentatives. Veuillez réessayer { $retryAfter }.
signin-error-throttled-generic = Vous avez effectué trop de tentatives. Veuillez réessayer plus tard.
signin-error-blocked = La connexion a été bloquée pour des raisons de sécurité. Réessayez plus tard.
signin-error-invalid-code = Code de confirmation invalide ou expiré
signin-error-unavailable = Le service est très sollicité. Veuillez réessayer dans quelques instants.
signin-error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
signin-error-browser = Firefox n’a pas répondu. Réessayez.
signin-error-unexpected = Une erreur est survenue. Veuillez réessayer.

## Parameters that stop the flow

oauth-bad-request-heading = Requête incorrecte
signin-invalid-query = Paramètres de requête invalides

## Sign-in unblock errors
signin-error-invalid-unblock-code = Code d’autorisation invalide

## Sign-up: the documents the user agrees to (links to /legal/terms and /legal/privacy)

signup-terms-agreement = En continuant, vous acceptez les <terms>Conditions d’utilisation</terms> et la <privacy>Politique de confidentialité</privacy>.
## Password reset entry (the password step)

signin-forgot-password = Mot de passe oublié ?
## Two-step authentication

signin-error-recovery-code-not-found = Code d’authentification de secours introuvable
signin-error-two-step-required = Cette application exige l’authentification en deux étapes. Activez-la dans les paramètres de votre compte, puis réessayez.
