## /authorization

authorization-heading = Continuer vers votre application
authorization-continue-heading = Continuer vers { $client }
authorization-signed-in-browser = Firefox est connecté avec le compte
authorization-signed-in = Vous êtes connecté avec le compte
authorization-continue-as = Continuer en tant que { $email }
authorization-different-account = Utiliser un autre compte
authorization-working = Un instant…
oauth-continue-offline = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
oauth-continue-throttled = Trop de tentatives. Patientez un moment et réessayez.
oauth-continue-failed = Une erreur s’est produite de notre côté. Réessayez.
oauth-continue-two-step-required = Cette application exige l’authentification en deux étapes. Activez-la dans les paramètres de votre compte, puis réessayez.

## Bad Request page

oauth-bad-request-heading = Requête incorrecte
oauth-try-again = Réessayer
oauth-error-unknown-client = Client inconnu
oauth-error-incorrect-redirect = Paramètre redirect_uri incorrect
oauth-error-invalid-parameter = Paramètre OAuth invalide : { $param }
oauth-error-missing-parameter = Paramètre OAuth manquant : { $param }
oauth-error-keys-redirect = Paramètre de redirection invalide
oauth-error-missing-pkce = Paramètres PKCE manquants
oauth-error-not-public-client = Ce client n’est pas un client public
oauth-error-mismatch-acr = Les valeurs acr ne correspondent pas
oauth-error-service-unavailable = Système indisponible, réessayez dans quelques instants
oauth-error-unexpected = Erreur inattendue
oauth-error-try-again = Une erreur est survenue. Veuillez fermer cet onglet et réessayer.
oauth-error-prompt-none-client = prompt=none n’est pas activé pour ce client
oauth-error-prompt-none-keys = prompt=none ne peut pas être utilisé pour demander des clés
oauth-error-not-signed-in = L’utilisateur n’est pas connecté
oauth-error-different-user = Un autre utilisateur est connecté
oauth-error-unverified = Utilisateur ou session non vérifiés
oauth-error-id-token-hint = Paramètre id_token_hint invalide
oauth-error-consent-required = L’utilisateur n’a pas vu ce que ce client peut consulter

## /signin_permissions

permissions-heading = Demande d’autorisation
permissions-intro = { $client } souhaite accéder à :
permissions-email = Adresse électronique
permissions-display-name = Nom d’affichage
permissions-avatar = Photo de profil
permissions-accept = Accepter
permissions-cancel = Annuler
