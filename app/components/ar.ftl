app-brand = حسابات Mozilla
route-error-heading = حدث خطأ ما
route-error-retry-body = تعذّر عرض الصفحة. تحقّق من اتصالك وحاول مجددًا.
route-error-retry = حاول مجددًا
route-error-home = عُد إلى تسجيل الدخول
not-found-heading = الصفحة غير موجودة
not-found-body = لم نعثر على الصفحة التي طلبتها.
not-found-home = عُد إلى تسجيل الدخول
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
