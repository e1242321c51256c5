## Legal pages (/legal/terms, /legal/privacy): this project's own short texts

legal-terms-heading = Terms of Service
legal-privacy-heading = Privacy Notice
legal-own-terms = Read this service’s terms of service
legal-own-privacy = Read this service’s privacy notice
legal-what-this-is = This app is an independent copy of the Mozilla accounts web pages, made to develop and test them. It is not run by Mozilla.
legal-stored-heading = What the local copy stores
legal-stored-body = With its local emulator, accounts, sessions and codes live only in the emulator’s memory and are gone when it stops. Nothing is sent anywhere else, and the app sends no metrics of its own.
legal-browser-heading = What your browser keeps
legal-browser-body = The page keeps your signed-in account (its email, ID and session token) in this site’s local storage until you sign out.
legal-deployment-heading = A real deployment
legal-deployment-body = Whoever runs this app for real users publishes their own terms of service and privacy notice, and sets their addresses in its configuration (VITE_LEGAL_TERMS_URL and VITE_LEGAL_PRIVACY_URL); these pages then link to them.
legal-see-privacy = Privacy Notice
legal-see-terms = Terms of Service
