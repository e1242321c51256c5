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
