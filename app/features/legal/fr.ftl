## Legal pages (/legal/terms, /legal/privacy): this project's own short texts

legal-terms-heading = Conditions d’utilisation
legal-privacy-heading = Politique de confidentialité
legal-own-terms = Lire les conditions d’utilisation de ce service
legal-own-privacy = Lire la politique de confidentialité de ce service
legal-what-this-is = Cette application est une copie indépendante des pages web des comptes Mozilla, faite pour les développer et les tester. Elle n’est pas exploitée par Mozilla.
legal-stored-heading = Ce que conserve la copie locale
legal-stored-body = Avec son émulateur local, les comptes, les sessions et les codes n’existent que dans la mémoire de l’émulateur et disparaissent quand il s’arrête. Rien n’est envoyé ailleurs, et l’application n’envoie aucune mesure d’utilisation qui lui soit propre.
legal-browser-heading = Ce que garde votre navigateur
legal-browser-body = La page garde votre compte connecté (son adresse e-mail, son identifiant et son jeton de session) dans le stockage local de ce site jusqu’à votre déconnexion.
legal-deployment-heading = Un déploiement réel
legal-deployment-body = Quiconque exploite cette application pour de vrais utilisateurs publie ses propres conditions d’utilisation et sa propre politique de confidentialité, et indique leurs adresses dans sa configuration (VITE_LEGAL_TERMS_URL et VITE_LEGAL_PRIVACY_URL) ; ces pages renvoient alors vers elles.
legal-see-privacy = Politique de confidentialité
legal-see-terms = Conditions d’utilisation
