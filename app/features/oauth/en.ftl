authorization-heading = Continue to your application
