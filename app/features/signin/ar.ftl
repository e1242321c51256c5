## Email-first (/ and /oauth)

email-first-heading = أدخِل بريدك الإلكتروني
email-first-sync-heading = تابِع إلى حساب Mozilla الخاص بك
email-first-sync-subheading = زامِن كلمات السر والألسنة والعلامات أينما استخدمت Firefox.
email-first-subheading = تابِع إلى إعدادات الحساب
email-first-email-label = البريد الإلكتروني
email-first-submit = أنشئ حسابًا أو سجّل الدخول
email-first-invalid-email = يلزم بريد إلكتروني صالح
email-first-cancelled = أُلغيت محاولة تسجيل الدخول

## Cached sign-in ("Continue as")

cached-signin-heading = تسجيل الدخول
cached-signin-continue = تابِع باسم { $email }
cached-signin-busy = يجري تسجيل الدخول…
signin-use-different-account = استخدم حسابًا آخر

## Password sign-in

signin-heading = أدخِل كلمة السر
signin-subheading = لحساب Mozilla الخاص بك
signin-password-label = كلمة السر
signin-submit = سجّل الدخول
signin-busy = يجري تسجيل الدخول…
signin-session-expired = انتهت صلاحية الجلسة. سجّل الدخول للمتابعة.

## Sign-up

signup-heading = عيّن كلمة السر
signup-change-email = غيّر البريد الإلكتروني
signup-password-label = كلمة السر
signup-repeat-password-label = أعِد كتابة كلمة السر
signup-submit = أنشئ الحساب
signup-busy = يجري إنشاء الحساب…
signup-rules-heading = متطلبات كلمة السر:
signup-rule-length =
    { $count ->
        [zero] بلا حد أدنى لعدد الأحرف
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $count } أحرف على الأقل
        [many] { $count } حرفًا على الأقل
       *[other] { $count } حرف على الأقل
    }
signup-rule-not-email = ليست عنوان بريدك الإلكتروني
signup-rule-not-common = ليست كلمة سر شائعة الاستخدام
signup-rule-met = (مُستوفى)
signup-rule-unmet = (غير مُستوفى بعد)
signup-error-rules = اختر كلمة سر تستوفي المتطلبات.
signup-error-mismatch = كلمتا السر غير متطابقتين

## Confirmation codes

code-heading = أدخِل رمز التأكيد
code-subheading = لحساب Mozilla الخاص بك
code-instruction =
    { $minutes ->
        [zero] أدخِل الرمز الذي أُرسل إلى { $email } فورًا.
        [one] أدخِل الرمز الذي أُرسل إلى { $email } خلال دقيقة واحدة.
        [two] أدخِل الرمز الذي أُرسل إلى { $email } خلال دقيقتين.
        [few] أدخِل الرمز الذي أُرسل إلى { $email } خلال { $minutes } دقائق.
        [many] أدخِل الرمز الذي أُرسل إلى { $email } خلال { $minutes } دقيقة.
       *[other] أدخِل الرمز الذي أُرسل إلى { $email } خلال { $minutes } دقيقة.
    }
code-input-label = أدخِل الرمز المكوّن من ٦ أرقام
code-submit = أكِّد
code-busy = يجري التأكيد…
code-expired = انتهت صلاحية الرمز؟
code-resend = أرسِل رمزًا جديدًا.
code-resent = أُرسل رمز جديد إلى بريدك الإلكتروني.
code-required = أدخِل الرمز المكوّن من ٦ أرقام الذي وصلك بالبريد.

## Choose what to sync

sync-cwts-heading = اختر ما تريد مزامنته
sync-cwts-intro = سيُزامن Firefox ما تختاره على كل جهاز تسجّل الدخول فيه.
sync-cwts-submit = ابدأ المزامنة
sync-cwts-busy = يجري البدء…
sync-engine-bookmarks = العلامات
sync-engine-history = التأريخ
sync-engine-passwords = كلمات السر
sync-engine-addresses = العناوين
sync-engine-creditcards = وسائل الدفع
sync-engine-addons = الإضافات
sync-engine-tabs = الألسنة المفتوحة
sync-engine-prefs = الإعدادات

## Connect another device

cad-heading = سجّلت الدخول إلى Firefox
cad-sync-starting = بدأت المزامنة. سجّل الدخول على أجهزتك الأخرى لترى بياناتك عليها أيضًا.
cad-settings-link = أدِر حسابك
cad-pair-link = اربط جهازًا آخر

## Errors

signin-storage-unavailable = يحظر متصفحك تخزين الموقع، لذا ستبقى مسجَّل الدخول في علامة التبويب هذه فقط.

signin-error-unknown-account = حساب غير معروف
signin-error-incorrect-password = كلمة السر غير صحيحة
signin-error-account-exists = الحساب موجود بالفعل
signin-error-throttled = حاولت مرات كثيرة جدًا. من فضلك حاول مجددًا { $retryAfter }.
signin-error-throttled-generic = حاولت مرات كثيرة جدًا. من فضلك حاول مجددًا لاحقًا.
signin-error-blocked = حُظر تسجيل الدخول لأسباب أمنية. حاول مجددًا لاحقًا.
signin-error-invalid-code = رمز التأكيد غير صالح أو منتهي الصلاحية
signin-error-unavailable = الخدمة مشغولة. من فضلك حاول مجددًا بعد قليل.
signin-error-network = تعذّر الوصول إلى الخادوم. تحقّق من اتصالك وحاول مجددًا.
signin-error-browser = لم يستجب Firefox. حاول مجددًا.
signin-error-unexpected = حدث خطأ ما. من فضلك حاول مجددًا.

## Parameters that stop the flow

oauth-bad-request-heading = طلب غير صالح
signin-invalid-query = مُعاملات الاستعلام غير صالحة

## Sign-in unblock errors
signin-error-invalid-unblock-code = رمز التصريح غير صالح

## Sign-up: the documents the user agrees to (links to /legal/terms and /legal/privacy)

signup-terms-agreement = بمتابعتك، فإنك توافق على <terms>شروط الخدمة</terms> و<privacy>تنبيه الخصوصية</privacy>.
## Password reset entry (the password step)

signin-forgot-password = أنسيت كلمة السر؟
## Two-step authentication

signin-error-recovery-code-not-found = لم يُعثر على رمز الاستيثاق الاحتياطي
signin-error-two-step-required = يتطلب هذا التطبيق الاستيثاق ذا الخطوتين. فعّله في إعدادات حسابك، ثم حاول مجددًا.
