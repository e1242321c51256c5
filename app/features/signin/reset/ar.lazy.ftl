## Password reset (/reset_password and the pages after it)

reset-heading = أعِد ضبط كلمة السر
reset-intro = أدخِل بريدك الإلكتروني وسنرسل إليك رمز تأكيد.
reset-email-label = البريد الإلكتروني
reset-email-invalid = أدخِل عنوان بريد إلكتروني صالحًا.
reset-send-code = أرسِل الرمز
reset-sending = يجري الإرسال…
reset-remember-password = أتذكر كلمة السر؟ لِج

## The emailed code (/confirm_reset_password)

reset-code-heading = أدخِل رمز التأكيد
# $email (String) - where the code went; $minutes (Number) - how long it works
reset-code-instruction = أدخِل الرمز ذا الأرقام الثمانية الذي أرسلناه إلى { $email } خلال { $minutes } دقائق.
reset-code-label = أدخِل الرمز ذا الأرقام الثمانية
reset-code-required = أدخِل الرمز ذا الأرقام الثمانية من البريد.
reset-code-submit = واصِل
reset-code-busy = يجري التأكيد…
reset-code-resend = أعِد إرسال الرمز
reset-code-resent = أُرسل رمز جديد إلى بريدك الإلكتروني.

## The account recovery key (/account_recovery_confirm_key)

reset-key-heading = أدخِل مفتاح استرداد حسابك
reset-key-intro = يحفظ مفتاح استرداد الحساب بيانات تصفحك المعمّاة (كلمات السر والعلامات وغيرها) عند إعادة ضبط كلمة السر.
reset-key-hint-label = تلميح:
reset-key-label = مفتاح استرداد الحساب
reset-key-submit = أكِّد مفتاح استرداد الحساب
reset-key-busy = يجري التحقق…
reset-key-none = أليس لديك مفتاح استرداد الحساب؟

## The new password (/complete_reset_password, /account_recovery_reset_password)

reset-new-heading = أنشِئ كلمة سر جديدة
reset-new-key-kept = قُبل مفتاح استرداد حسابك: تبقى بياناتك المعمّاة.
reset-warning-heading = ستفقد بياناتك المُزامنة
reset-warning-body = دون مفتاح استرداد الحساب، تُنشئ إعادة ضبط كلمة السر مفتاح تعمية جديدًا. لن تعود البيانات التي زامنها Firefox بالمفتاح القديم (كلمات السر والعلامات والتأريخ وغيرها) مقروءة وستُزال. تبقى البيانات على هذا الجهاز.
reset-new-password-label = كلمة السر الجديدة
reset-repeat-password-label = أكِّد كلمة السر الجديدة
reset-new-submit = أعِد ضبط كلمة السر
reset-new-busy = تجري إعادة الضبط…

## Two-step authentication in a reset (/confirm_totp_reset_password, /confirm_backup_code_reset_password)

reset-2fa-heading = أعِد ضبط كلمة سرك
reset-2fa-confirm = أكِّد
reset-2fa-different-account = استخدم حسابًا آخر
reset-totp-subheading = أدخِل رمز الاستيثاق ذي الخطوتين
reset-totp-instruction = راجِع تطبيق الاستيثاق لإعادة ضبط كلمة سرك.
reset-totp-label = أدخِل الرمز المكوّن من 6 أرقام
reset-totp-invalid = رمز الاستيثاق ذي الخطوتين غير صالح
# Link to the backup authentication code page
reset-totp-trouble = أتواجه مشكلة في إدخال الرمز؟
reset-backup-code-subheading = أدخِل رمز استيثاق احتياطي
reset-backup-code-instruction = أدخِل أحد الرموز أحادية الاستخدام التي حفظتها عند إعداد الاستيثاق ذي الخطوتين.
reset-backup-code-label = أدخِل الرمز المكوّن من 10 محارف
reset-backup-code-invalid = رمز الاستيثاق الاحتياطي غير صالح
# Link back to the authenticator code page
reset-backup-code-back = رجوع

## After a reset with the key (/reset_password_with_recovery_key_verified)

reset-done-heading = أُعيد ضبط كلمة السر
reset-done-key-used = استُعمل مفتاح استرداد حسابك ولم يعد يعمل. أنشِئ مفتاحًا جديدًا الآن لتحفظ بياناتك في المرة القادمة.
reset-done-create-key = أنشِئ مفتاح استرداد جديدًا
reset-done-hint-label = تلميح: أين حفظت المفتاح؟ (اختياري)
reset-done-save-hint = احفظ التلميح
reset-done-hint-saved = حُفظ التلميح
reset-done-skip = ليس الآن
reset-done-continue = واصِل

## Errors

reset-error-invalid-key = مفتاح استرداد الحساب غير صالح
reset-error-expired = انتهت صلاحية إعادة الضبط هذه. ابدأ من جديد لتحصل على رمز جديد.
