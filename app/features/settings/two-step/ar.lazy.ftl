## Two-step authentication in settings (section, /settings/two_step_authentication, replace_codes)

two-step-heading = الاستيثاق ذو الخطوتين
two-step-row = الاستيثاق ذو الخطوتين
two-step-on = مفعّل
two-step-off = غير مضبوط
two-step-add = أضِف
two-step-disable = عطّل
two-step-disable-question = أتريد تعطيل الاستيثاق ذي الخطوتين؟
two-step-disable-warning = لن يطلب حسابك بعد الآن رمزًا من تطبيق الاستيثاق، ولن تعمل رموز الاستيثاق الاحتياطية.
two-step-disable-confirm = عطّل
two-step-disabled = عُطّل الاستيثاق ذو الخطوتين
two-step-codes-row = رموز الاستيثاق الاحتياطية
# $count (Number) - backup authentication codes not used yet
two-step-codes-left =
    { $count ->
        [zero] لا رموز متبقية
        [one] رمز واحد متبقٍ
        [two] رمزان متبقيان
        [few] { $count } رموز متبقية
        [many] { $count } رمزًا متبقيًا
       *[other] { $count } رمز متبقٍ
    }
two-step-codes-new = احصل على رموز جديدة
two-step-setup-heading = الاستيثاق ذو الخطوتين
two-step-scan-intro = امسح رمز QR هذا بتطبيق استيثاق مثل Duo أو 1Password أو Authy أو Google Authenticator.
# $secret (String) - the key the QR code holds, for people who cannot see the image
two-step-qr-alt =
    .alt = استخدم الرمز { $secret } لإعداد الاستيثاق ذي الخطوتين في التطبيقات التي تدعمه.
two-step-manual-intro = ألا يمكنك مسح الرمز؟ أدخِل هذا المفتاح في تطبيق الاستيثاق بدلًا من ذلك:
two-step-code-label = أدخِل الرمز المكوّن من 6 أرقام
two-step-code-invalid = رمز الاستيثاق غير صالح
two-step-continue = تابِع
two-step-cancel = ألغِ
two-step-back = رجوع
two-step-try-again = حاول مجددًا
two-step-codes-intro = احفظ هذه الرموز أحادية الاستخدام في مكان آمن لتستعملها حين لا يكون جهازك المحمول معك.
two-step-codes-list =
    .aria-label = رموز الاستيثاق الاحتياطية
two-step-codes-download = نزّل
two-step-codes-copy = انسخ
two-step-codes-print = اطبع
two-step-codes-copied = نُسخت
two-step-confirm-code-intro = أدخِل أحد رموز الاستيثاق الاحتياطية لتأكيد أنك حفظته. ستحتاج إلى رمز إن فقدت جهازك وأردت الوصول إلى حسابك.
two-step-backup-code-label = رمز الاستيثاق الاحتياطي
two-step-backup-code-incorrect = رمز الاستيثاق الاحتياطي غير صحيح
two-step-finish = أنهِ
two-step-enabled = فُعّل الاستيثاق ذو الخطوتين
two-step-replace-heading = رموز الاستيثاق الاحتياطية
two-step-codes-updated = حُدّثت رموز الاستيثاق الاحتياطية
