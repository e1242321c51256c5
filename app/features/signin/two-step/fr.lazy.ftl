## Two-step authentication at sign-in (/signin_totp_code, /signin_recovery_code)

totp-code-heading = Saisissez le code d’authentification en deux étapes
totp-code-instruction = Consultez votre application d’authentification pour confirmer votre connexion.
totp-code-input-label = Saisissez le code à 6 chiffres
totp-code-required = Code d’authentification requis
totp-code-invalid = Code d’authentification en deux étapes non valide
# Link to the backup authentication code page
totp-code-trouble = Vous avez des difficultés à saisir le code ?
recovery-code-heading = Saisissez un code d’authentification de secours
recovery-code-instruction = Saisissez l’un des codes à usage unique que vous avez enregistrés lors de la configuration de l’authentification en deux étapes.
recovery-code-input-label = Saisissez le code de 10 caractères
recovery-code-required = Code d’authentification de secours requis
recovery-code-invalid = Code d’authentification de secours non valide
# Link back to the authenticator code page
recovery-code-back = Retour
