email-first-heading = Enter your email
email-first-email-label = Email
email-first-submit = Sign up or sign in
signin-heading = Sign in
