# The back-off countdown (retry-countdown.tsx): loaded when a server asks the page to wait.
retry-wait-seconds = { $seconds ->
    [one] يمكنك المحاولة مجددًا بعد ثانية واحدة.
    [two] يمكنك المحاولة مجددًا بعد ثانيتين.
    [few] يمكنك المحاولة مجددًا بعد { $seconds } ثوانٍ.
   *[other] يمكنك المحاولة مجددًا بعد { $seconds } ثانية.
}
retry-wait-minutes = { $minutes ->
    [one] يمكنك المحاولة مجددًا بعد دقيقة واحدة.
    [two] يمكنك المحاولة مجددًا بعد دقيقتين.
    [few] يمكنك المحاولة مجددًا بعد { $minutes } دقائق.
   *[other] يمكنك المحاولة مجددًا بعد { $minutes } دقيقة.
}
retry-wait-over = يمكنك المحاولة مجددًا الآن.
