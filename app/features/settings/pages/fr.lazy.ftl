settings-cancel = Annuler
settings-save = Enregistrer
settings-name-heading = Nom d’affichage
settings-name-label = Saisissez le nom d’affichage
settings-name-updated = Nom d’affichage mis à jour
settings-picture-heading = Photo de profil
settings-picture-choose = Importer une photo
settings-picture-remove = Supprimer la photo
settings-picture-unreadable = Ce fichier n’est pas une image utilisable. Choisissez une image PNG, JPEG, GIF ou WebP.
settings-picture-updated = Photo de profil mise à jour
settings-picture-removed = Photo de profil supprimée
settings-add-email-heading = Adresse électronique secondaire
settings-email-label = Saisissez l’adresse électronique
settings-verify-email-heading = Vérifiez votre adresse électronique secondaire
settings-verify-email-intro = Saisissez le code de vérification envoyé à { $email }.
settings-code-label = Saisissez le code à 6 chiffres
settings-confirm = Confirmer
settings-code-resend = Envoyer un nouveau code
settings-code-resent = Un nouveau code a été envoyé.
settings-email-added = { $email } a bien été ajoutée
settings-password-heading = Changer de mot de passe
settings-password-current = Saisissez votre mot de passe actuel
settings-password-new = Saisissez le nouveau mot de passe
settings-password-confirm = Saisissez à nouveau le nouveau mot de passe
settings-password-rule-length =
    { $count ->
        [one] Au moins { $count } caractère
       *[other] Au moins { $count } caractères
    }
settings-password-rule-email = Différent de votre adresse électronique
settings-password-rule-common = Pas un mot de passe courant
settings-password-rule-met = {" "}(respecté)
settings-password-mismatch = Les mots de passe ne correspondent pas
settings-password-updated = Mot de passe mis à jour
settings-delete-ack-intro = Veuillez confirmer que vous avez bien compris :
settings-delete-ack-data = Mes données enregistrées, y compris celles de Sync, seront supprimées.
settings-delete-ack-subscriptions = Tous les abonnements payants seront résiliés.
settings-delete-ack-final = Cette action est irréversible.
settings-continue = Continuer
settings-delete-password = Saisissez votre mot de passe pour supprimer votre compte
settings-delete-submit = Supprimer

## Account recovery key (/settings/account_recovery)

settings-recovery-key-heading = Clé de récupération de compte
settings-recovery-key-exists = Votre clé de récupération de compte est définie. Créez-en une nouvelle pour la remplacer (l’ancienne cessera de fonctionner), ou supprimez-la.
settings-recovery-key-replace = Créer une nouvelle clé
settings-recovery-key-remove = Supprimer la clé
settings-recovery-key-intro = Si vous oubliez votre mot de passe, la clé de récupération de compte restaure vos données chiffrées (mots de passe, marque-pages, etc.). Confirmez votre mot de passe pour la créer.
settings-recovery-key-password = Saisissez votre mot de passe
settings-recovery-key-create = Créer la clé de récupération
settings-recovery-key-hint = Indice : où avez-vous rangé la clé ? (facultatif)
settings-recovery-key-finish = Terminer
settings-recovery-key-created = Clé de récupération de compte créée
settings-recovery-key-removed = Clé de récupération de compte supprimée

## Change password: start a reset instead

settings-password-forgot = Mot de passe oublié ?
