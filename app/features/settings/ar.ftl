settings-heading = الإعدادات
settings-profile-heading = الملف الشخصي
settings-primary-email = البريد الإلكتروني الأساسي
settings-avatar-alt = صورة ملفك الشخصي
settings-avatar-default-alt = صورة الملف الشخصي المبدئية
settings-alert-dismiss =
    .aria-label = أغلِق
settings-error-incorrect-password = كلمة السر غير صحيحة
settings-error-invalid-code = رمز التأكيد غير صالح أو منتهي الصلاحية
settings-error-throttled = حاولت مرات كثيرة جدًا. من فضلك حاول مجددًا لاحقًا.
settings-error-email-taken = هذا البريد الإلكتروني مستخدم في حساب آخر
settings-error-email-is-primary = يجب أن يختلف البريد الإلكتروني الثانوي عن بريد حسابك
settings-error-email-on-account = هذا البريد الإلكتروني موجود في حسابك بالفعل
settings-error-unavailable = الخدمة غير متاحة مؤقتًا. من فضلك حاول مجددًا لاحقًا.
settings-error-network = تعذّر الوصول إلى الخادوم. تحقّق من اتصالك وحاول مجددًا.
settings-error-unexpected = حدث خطأ ما. من فضلك حاول مجددًا.
settings-retry = حاول مجددًا
settings-picture = الصورة
settings-add-picture = أضِف صورة
settings-change-picture = غيّر الصورة
settings-display-name = اسم العرض
settings-none = لا شيء
settings-add-name = أضِف اسم عرض
settings-change-name = غيّر اسم العرض
settings-secondary-email = البريد الإلكتروني الثانوي
settings-email-unconfirmed = غير مؤكَّد
settings-add-email = أضِف بريدًا إلكترونيًا ثانويًا
settings-security-heading = الأمان
settings-password = كلمة السر
settings-password-created = أُنشئت في { DATETIME($date, dateStyle: "medium") }
settings-change-password = غيّر كلمة السر
settings-delete-heading = احذف الحساب
settings-delete-intro = احذف حسابك وبياناته نهائيًا.
settings-delete-link = احذف الحساب…
settings-account-deleted = حُذف الحساب بنجاح

## Password reset (the reset flow ends here)

settings-alert-password-reset = أُعيد ضبط كلمة السر

## Account recovery key (the Security section)

settings-recovery-key = مفتاح استرداد الحساب
settings-recovery-key-enabled = مفعّل
settings-recovery-key-not-set = غير مضبوط
settings-recovery-key-add = أنشِئ
settings-recovery-key-manage = غيّر أو أزِل
