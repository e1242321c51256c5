settings-services-heading = Services connectés
settings-services-count =
    { $count ->
        [one] { $count } service ou appareil est connecté à votre compte.
       *[other] { $count } services et appareils sont connectés à votre compte.
    }
settings-this-device = Cet appareil
settings-last-active = Dernière activité : { $when }
settings-client-sign-out = Se déconnecter
    .aria-label = Se déconnecter de { $name }
settings-client-signed-out = Déconnecté de { $name }

## Signing a Sync device out

settings-disconnect-heading = Se déconnecter de Sync
settings-disconnect-body = Vos données de navigation resteront sur { $name }, mais elles ne seront plus synchronisées avec votre compte.
settings-disconnect-confirm = Déconnecter
settings-disconnect-cancel = Annuler

## Data collection and use (upstream DataCollection): the account's opt-out switch

settings-dc-heading = Collecte et utilisation des données
settings-dc-subheading = Contribuer à l’amélioration des comptes Mozilla
settings-dc-help = Autoriser le partage de données techniques et d’interaction liées au compte. Cette application n’envoie elle-même aucune mesure, quel que soit votre choix ; celui-ci est enregistré avec votre compte pour les services qui le consultent.
settings-dc-learn-more = En savoir plus
settings-dc-on = Activé
settings-dc-off = Désactivé
settings-dc-opted-out = Vous avez refusé la collecte de données.
settings-dc-opted-in = Merci ! Votre choix est enregistré.
settings-dc-error = Désolé, un problème est survenu lors de la modification de votre préférence de collecte de données

## The avatar menu (avatar-menu.tsx)

settings-avatar-menu = Menu du compte
settings-sign-out = Se déconnecter

## A secondary email's actions (secondary-email-actions.tsx)

settings-make-primary = Définir comme principale
    .aria-label = Faire de { $email } votre adresse principale
settings-confirm-email = Confirmer
    .aria-label = Confirmer { $email }
settings-delete-email = Supprimer
    .aria-label = Supprimer { $email }
settings-email-now-primary = { $email } est désormais votre adresse principale
settings-email-deleted = { $email } a bien été supprimée

## The dialog when the account cannot be loaded (account-error-dialog.tsx)

settings-load-error-heading = Erreur générale de l’application
settings-load-error-body = Une erreur est survenue. Veuillez réessayer plus tard.
settings-load-error-offline = Votre compte n’a pas pu être chargé. Vérifiez votre connexion et réessayez.
settings-load-error-retry = Réessayer
