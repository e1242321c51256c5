## Password reset (/reset_password and the pages after it)

reset-heading = Réinitialiser le mot de passe
reset-intro = Saisissez votre adresse e-mail et nous vous enverrons un code de confirmation.
reset-email-label = Adresse e-mail
reset-email-invalid = Saisissez une adresse e-mail valide.
reset-send-code = Envoyer le code
reset-sending = Envoi…
reset-remember-password = Vous vous souvenez de votre mot de passe ? Connectez-vous

## The emailed code (/confirm_reset_password)

reset-code-heading = Saisissez le code de confirmation
# $email (String) - where the code went; $minutes (Number) - how long it works
reset-code-instruction = Saisissez dans les { $minutes } minutes le code à 8 chiffres envoyé à { $email }.
reset-code-label = Saisissez le code à 8 chiffres
reset-code-required = Saisissez le code à 8 chiffres reçu par e-mail.
reset-code-submit = Continuer
reset-code-busy = Confirmation…
reset-code-resend = Renvoyer le code
reset-code-resent = Un nouveau code a été envoyé à votre adresse e-mail.

## The account recovery key (/account_recovery_confirm_key)

reset-key-heading = Saisissez votre clé de récupération de compte
reset-key-intro = Votre clé de récupération de compte conserve vos données de navigation chiffrées (mots de passe, marque-pages, etc.) lorsque vous réinitialisez votre mot de passe.
reset-key-hint-label = Indice :
reset-key-label = Clé de récupération de compte
reset-key-submit = Confirmer la clé de récupération
reset-key-busy = Vérification…
reset-key-none = Vous n’avez pas votre clé de récupération de compte ?

## The new password (/complete_reset_password, /account_recovery_reset_password)

reset-new-heading = Créez un nouveau mot de passe
reset-new-key-kept = Votre clé de récupération a été acceptée : vos données chiffrées sont conservées.
reset-warning-heading = Vos données synchronisées seront perdues
reset-warning-body = Sans votre clé de récupération de compte, la réinitialisation du mot de passe crée une nouvelle clé de chiffrement. Les données que Firefox a synchronisées avec l’ancienne clé (mots de passe, marque-pages, historique, etc.) ne pourront plus être lues et seront supprimées. Les données de cet appareil restent.
reset-new-password-label = Nouveau mot de passe
reset-repeat-password-label = Confirmez le nouveau mot de passe
reset-new-submit = Réinitialiser le mot de passe
reset-new-busy = Réinitialisation…

## Two-step authentication in a reset (/confirm_totp_reset_password, /confirm_backup_code_reset_password)

reset-2fa-heading = Réinitialiser votre mot de passe
reset-2fa-confirm = Confirmer
reset-2fa-different-account = Utiliser un autre compte
reset-totp-subheading = Saisissez le code d’authentification en deux étapes
reset-totp-instruction = Consultez votre application d’authentification pour réinitialiser votre mot de passe.
reset-totp-label = Saisissez le code à 6 chiffres
reset-totp-invalid = Code d’authentification en deux étapes non valide
# Link to the backup authentication code page
reset-totp-trouble = Vous avez des difficultés à saisir le code ?
reset-backup-code-subheading = Saisissez un code d’authentification de secours
reset-backup-code-instruction = Saisissez l’un des codes à usage unique que vous avez enregistrés lors de la configuration de l’authentification en deux étapes.
reset-backup-code-label = Saisissez le code de 10 caractères
reset-backup-code-invalid = Code d’authentification de secours non valide
# Link back to the authenticator code page
reset-backup-code-back = Retour

## After a reset with the key (/reset_password_with_recovery_key_verified)

reset-done-heading = Votre mot de passe a été réinitialisé
reset-done-key-used = Votre clé de récupération de compte a été utilisée et ne fonctionne plus. Créez-en une nouvelle maintenant pour conserver vos données la prochaine fois.
reset-done-create-key = Créer une nouvelle clé de récupération
reset-done-hint-label = Indice : où avez-vous rangé la clé ? (facultatif)
reset-done-save-hint = Enregistrer l’indice
reset-done-hint-saved = Indice enregistré
reset-done-skip = Plus tard
reset-done-continue = Continuer

## Errors

reset-error-invalid-key = Clé de récupération de compte non valide
reset-error-expired = Cette réinitialisation a expiré. Recommencez pour obtenir un nouveau code.
