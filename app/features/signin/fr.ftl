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

## Force auth (/force_auth, /oauth/force_auth)

force-auth-checking = Vérification de votre compte…
force-auth-gone-heading = Ce compte n’existe plus
force-auth-gone-unknown = Aucun compte Mozilla n’utilise cette adresse électronique. Il a peut-être été supprimé.
force-auth-create-account = Créer un compte
force-auth-gone-deleted = Le compte pour lequel ce lien a été créé a été supprimé. Revenez à l’application qui vous a envoyé ici et reconnectez-vous.
## Sign-in unblock (/signin_unblock): customs blocked the sign-in; an emailed code lets it through

unblock-heading = Autoriser cette connexion
unblock-instruction = Consultez vos e-mails : le code d’autorisation a été envoyé à { $email }.
unblock-code-label = Saisissez le code d’autorisation
unblock-submit = Continuer
unblock-busy = Connexion…
unblock-code-required = Code d’autorisation requis
unblock-code-length = Le code d’autorisation doit contenir 8 caractères
unblock-code-format = Le code d’autorisation ne peut contenir que des lettres et des chiffres
unblock-resend = Rien dans votre boîte de réception ni dans les indésirables ? Renvoyer
unblock-resent = Un nouveau code a été envoyé à votre adresse e-mail.
unblock-why = Pourquoi cela se produit-il ?
unblock-enter-password = Saisir à nouveau votre mot de passe
signin-error-invalid-unblock-code = Code d’autorisation invalide

## "This wasn't me" from the unblock email (/report_signin, /signin_reported)

report-signin-heading = Signaler une connexion non autorisée ?
report-signin-body = Vous avez reçu un e-mail au sujet d’une tentative d’accès à votre compte. Voulez-vous signaler cette activité comme suspecte ?
report-signin-submit = Signaler l’activité
report-signin-why = Pourquoi cela se produit-il ?
report-signin-damaged-heading = Lien endommagé
report-signin-damaged-body = Il manque des caractères au lien sur lequel vous avez cliqué ; votre client de messagerie l’a peut-être abîmé. Copiez l’adresse avec soin, puis réessayez.
signin-reported-heading = Merci de votre vigilance
signin-reported-body = Notre équipe a été prévenue. Ce type de signalement nous aide à repousser les intrus.

## Sign-up: the documents the user agrees to (links to /legal/terms and /legal/privacy)

signup-terms-agreement = En continuant, vous acceptez les <terms>Conditions d’utilisation</terms> et la <privacy>Politique de confidentialité</privacy>.
## Password reset entry (the password step)

signin-forgot-password = Mot de passe oublié ?
## Two-step authentication

signin-error-recovery-code-not-found = Code d’authentification de secours introuvable
signin-error-two-step-required = Cette application exige l’authentification en deux étapes. Activez-la dans les paramètres de votre compte, puis réessayez.
