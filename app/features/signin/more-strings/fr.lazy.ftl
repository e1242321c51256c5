# Strings of the sign-in pages people reach from elsewhere (force_auth, unblock, report): loaded
# with those pages (routes/signin-more-routes.ts), not with every sign-in page.

## Force auth (/force_auth, /oauth/force_auth)

force-auth-checking = Vérification de votre compte…
force-auth-gone-heading = Ce compte n’existe plus
force-auth-gone-unknown = Aucun compte Mozilla n’utilise cette adresse électronique. Il a peut-être été supprimé.
force-auth-create-account = Créer un compte
force-auth-gone-deleted = Le compte pour lequel ce lien a été créé a été supprimé. Revenez à l’application qui vous a envoyé ici et reconnectez-vous.

## Sign-in unblock (/signin_unblock): customs blocked the sign-in; an emailed code lets it through

unblock-heading = Autoriser cette connexion
unblock-instruction = Consultez vos e-mails : le code d’autorisation a été envoyé à { $email }.
unblock-code-label = Saisissez le code d’autorisation
unblock-submit = Continuer
unblock-busy = Connexion…
unblock-code-required = Code d’autorisation requis
unblock-code-length = Le code d’autorisation doit contenir 8 caractères
unblock-code-format = Le code d’autorisation ne peut contenir que des lettres et des chiffres
unblock-resend = Rien dans votre boîte de réception ni dans les indésirables ? Renvoyer
unblock-resent = Un nouveau code a été envoyé à votre adresse e-mail.
unblock-why = Pourquoi cela se produit-il ?
unblock-enter-password = Saisir à nouveau votre mot de passe

## "This wasn't me" from the unblock email (/report_signin, /signin_reported)

report-signin-heading = Signaler une connexion non autorisée ?
report-signin-body = Vous avez reçu un e-mail au sujet d’une tentative d’accès à votre compte. Voulez-vous signaler cette activité comme suspecte ?
report-signin-submit = Signaler l’activité
report-signin-damaged-heading = Lien endommagé
report-signin-damaged-body = Il manque des caractères au lien sur lequel vous avez cliqué ; votre client de messagerie l’a peut-être abîmé. Copiez l’adresse avec soin, puis réessayez.
signin-reported-heading = Merci de votre vigilance
signin-reported-body = Notre équipe a été prévenue. Ce type de signalement nous aide à repousser les intrus.
