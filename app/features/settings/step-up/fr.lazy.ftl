# La fenêtre de vérification renforcée (MfaGuard / ModalMfaProtected en amont).
step-up-heading = Saisissez le code de confirmation
step-up-subheading = Aidez-nous à nous assurer que c’est bien vous qui modifiez les informations de votre compte
step-up-instruction = Saisissez le code envoyé à { $email } dans les 5 minutes.
step-up-code-label = Saisissez le code à 6 chiffres
step-up-cancel = Annuler
step-up-confirm = Confirmer
step-up-resend = Le code a expiré ? Envoyer un nouveau code.
step-up-resent = Un nouveau code a été envoyé à votre adresse e-mail.
