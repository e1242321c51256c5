# The back-off countdown (retry-countdown.tsx): loaded when a server asks the page to wait.
retry-wait-seconds = { $seconds ->
    [one] You can try again in { $seconds } second.
   *[other] You can try again in { $seconds } seconds.
}
retry-wait-minutes = { $minutes ->
    [one] You can try again in { $minutes } minute.
   *[other] You can try again in { $minutes } minutes.
}
retry-wait-over = You can try again now.
