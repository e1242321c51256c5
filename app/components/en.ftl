app-brand = Mozilla accounts
route-error-heading = Something went wrong
route-error-retry-body = The page could not be shown. Check your connection and try again.
route-error-retry = Try again
route-error-home = Back to sign in
not-found-heading = Page not found
not-found-body = The page you requested was not found.
not-found-home = Back to sign in
