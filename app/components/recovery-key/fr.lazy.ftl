## A new account recovery key, shown once

recovery-key-once = Conservez cette clé en lieu sûr. Elle n’est affichée qu’une seule fois.
recovery-key-label = Votre clé de récupération de compte
recovery-key-copy = Copier
recovery-key-download = Télécharger
recovery-key-print = Imprimer
recovery-key-copied = Copiée
recovery-key-copy-failed = Copie impossible. Sélectionnez la clé et copiez-la vous-même.
