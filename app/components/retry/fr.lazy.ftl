# The back-off countdown (retry-countdown.tsx): loaded when a server asks the page to wait.
retry-wait-seconds = { $seconds ->
    [one] Vous pourrez réessayer dans { $seconds } seconde.
   *[other] Vous pourrez réessayer dans { $seconds } secondes.
}
retry-wait-minutes = { $minutes ->
    [one] Vous pourrez réessayer dans { $minutes } minute.
   *[other] Vous pourrez réessayer dans { $minutes } minutes.
}
retry-wait-over = Vous pouvez réessayer maintenant.
