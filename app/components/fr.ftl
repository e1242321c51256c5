app-brand = Comptes Mozilla
route-error-heading = Une erreur est survenue
route-error-retry-body = La page n’a pas pu être affichée. Vérifiez votre connexion et réessayez.
route-error-retry = Réessayer
route-error-home = Retour à la connexion
not-found-heading = Page introuvable
not-found-body = La page que vous avez demandée est introuvable.
not-found-home = Retour à la connexion
