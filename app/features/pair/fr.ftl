## QR-code pairing ("Connect another device"): /pair, /pair/auth/*, /pair/supp/*, results

pair-index-heading = Connecter un autre appareil
pair-index-step-download = Téléchargez Firefox sur votre téléphone
pair-download-qr =
    .aria-label = Code QR pour télécharger Firefox sur votre téléphone
pair-index-step-scan = Puis scannez le code que Firefox vous affiche
pair-index-explain = Ouvrez Firefox sur votre téléphone, choisissez « Se connecter », puis « Prêt à scanner ».
pair-index-ready = Prêt à scanner
pair-index-dialog-failed = Firefox n’a pas ouvert la fenêtre d’association. Réessayez.
pair-index-signed-out = Connectez d’abord Firefox sur cet ordinateur, puis connectez votre téléphone.
pair-index-sign-in = Se connecter à Firefox
pair-loading-heading = Connecter un autre appareil
pair-loading-text = Chargement…

## Desktop Firefox (the authority)

# $email (String) - the account Firefox is signed in to
pair-auth-allow-question = Venez-vous de vous connecter à Firefox en tant que { $email } sur cet appareil ?
pair-auth-allow-heading = Connecter un autre appareil
pair-auth-allow-confirm = Oui, connecter cet appareil
pair-auth-allow-decline = Non, annuler
# $family (String) - a browser, e.g. Firefox; $os (String) - a system, e.g. Android
pair-device-family-os = { $family } sur { $os }
# $place (String) - city, region and country, as far as known
pair-device-place = Près de { $place }
# $ip (String) - an IP address
pair-device-ip = Adresse IP : { $ip }
pair-auth-wait-heading = Confirmez sur votre autre appareil
pair-auth-wait-text = En attente de la confirmation de votre autre appareil…
pair-auth-complete-heading = Appareil connecté
pair-auth-complete-text = Vous synchronisez désormais avec :
pair-manage-account = Gérer votre compte

## The phone (the supplicant)

pair-supp-connecting-heading = Connexion à votre ordinateur
pair-supp-connecting-text = Connexion…
pair-supp-allow-heading = Confirmer l’association
# $email (String) - the account the computer is signed in to
pair-supp-allow-account = Compte : { $email }
# $device (String) - the name of the computer's Firefox
pair-supp-allow-device = Approuvé depuis : { $device }
pair-supp-allow-confirm = Confirmer l’association
pair-supp-allow-cancel = Annuler
pair-supp-wait-heading = Confirmez sur votre ordinateur
pair-supp-wait-text = En attente de la confirmation de Firefox sur votre ordinateur…
pair-bad-request-heading = Requête incorrecte
pair-invalid-client = Client d’association non valide
pair-invalid-channel = Ce lien d’association est incomplet. Scannez à nouveau le code.
pair-invalid-request = L’application a demandé l’association avec des paramètres non valides.

## Results

pair-failure-heading = L’association n’a pas abouti
pair-failure-declined = L’association a été annulée.
pair-failure-gone = Cette association est terminée ou a expiré. Recommencez depuis Firefox sur votre ordinateur.
pair-failure-timeout = Votre ordinateur n’a pas répondu. Scannez un nouveau code et réessayez.
pair-failure-signed-out = Connectez d’abord Firefox sur cet ordinateur.
pair-failure-bad-code = La réponse de votre ordinateur est inutilisable. Réessayez.
pair-failure-error = La connexion entre vos appareils a été perdue. Réessayez.
pair-failure-try-again = Réessayer
pair-success-heading = Appareil connecté
pair-success-text = Firefox sur cet appareil est maintenant connecté à votre compte.
pair-unsupported-heading = Connecter un autre appareil
pair-unsupported-text = L’association nécessite Firefox sur votre ordinateur, connecté à votre compte.
pair-unsupported-app = Pour connecter un téléphone, ouvrez Firefox sur le téléphone, choisissez « Se connecter » et scannez le code affiché par Firefox sur votre ordinateur.
pair-unsupported-download = Télécharger Firefox
