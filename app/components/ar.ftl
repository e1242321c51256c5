app-brand = حسابات Mozilla
route-error-heading = حدث خطأ ما
route-error-retry-body = تعذّر عرض الصفحة. تحقّق من اتصالك وحاول مجددًا.
route-error-retry = حاول مجددًا
route-error-home = عُد إلى تسجيل الدخول
not-found-heading = الصفحة غير موجودة
not-found-body = لم نعثر على الصفحة التي طلبتها.
not-found-home = عُد إلى تسجيل الدخول
