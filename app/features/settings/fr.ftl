settings-heading = Paramètres
settings-profile-heading = Profil
settings-primary-email = Adresse électronique principale
settings-avatar-alt = Votre photo de profil
settings-avatar-default-alt = Photo de profil par défaut
settings-alert-dismiss =
    .aria-label = Fermer
settings-error-incorrect-password = Mot de passe incorrect
settings-error-invalid-code = Code de confirmation invalide ou expiré
settings-error-throttled = Vous avez effectué trop de tentatives. Veuillez réessayer plus tard.
settings-error-email-taken = Cette adresse électronique est déjà utilisée par un autre compte
settings-error-email-is-primary = L’adresse secondaire doit être différente de l’adresse de votre compte
settings-error-email-on-account = Cette adresse électronique figure déjà dans votre compte
settings-error-unavailable = Le service est temporairement indisponible. Veuillez réessayer plus tard.
settings-error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
settings-error-unexpected = Une erreur est survenue. Veuillez réessayer.
settings-retry = Réessayer
settings-picture = Photo
settings-add-picture = Ajouter une photo
settings-change-picture = Changer de photo
settings-display-name = Nom d’affichage
settings-none = Aucun
settings-add-name = Ajouter un nom d’affichage
settings-change-name = Modifier le nom d’affichage
settings-secondary-email = Adresse électronique secondaire
settings-email-unconfirmed = Non confirmée
settings-add-email = Ajouter une adresse secondaire
settings-security-heading = Sécurité
settings-password = Mot de passe
settings-password-created = Créé le { DATETIME($date, dateStyle: "medium") }
settings-change-password = Changer de mot de passe
settings-delete-heading = Supprimer le compte
settings-delete-intro = Supprimez définitivement votre compte et ses données.
settings-delete-link = Supprimer le compte…
settings-account-deleted = Le compte a bien été supprimé

## Password reset (the reset flow ends here)

settings-alert-password-reset = Votre mot de passe a été réinitialisé

## Account recovery key (the Security section)

settings-recovery-key = Clé de récupération de compte
settings-recovery-key-enabled = Activée
settings-recovery-key-not-set = Non définie
settings-recovery-key-add = Créer
settings-recovery-key-manage = Modifier ou supprimer
