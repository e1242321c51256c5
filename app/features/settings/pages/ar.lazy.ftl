settings-cancel = ألغِ
settings-save = احفظ
settings-name-heading = اسم العرض
settings-name-label = أدخِل اسم العرض
settings-name-updated = حُدّث اسم العرض
settings-picture-heading = صورة الملف الشخصي
settings-picture-choose = ارفع صورة
settings-picture-remove = أزِل الصورة
settings-picture-unreadable = هذا الملف ليس صورة يمكن استخدامها. اختر صورة بنسق PNG أو JPEG أو GIF أو WebP.
settings-picture-updated = حُدّثت صورة الملف الشخصي
settings-picture-removed = أُزيلت صورة الملف الشخصي
settings-add-email-heading = البريد الإلكتروني الثانوي
settings-email-label = أدخِل عنوان البريد الإلكتروني
settings-verify-email-heading = أكّد بريدك الإلكتروني الثانوي
settings-verify-email-intro = أدخِل رمز التأكيد الذي أُرسل إلى { $email }.
settings-code-label = أدخِل الرمز المكوّن من ٦ أرقام
settings-confirm = أكِّد
settings-code-resend = أرسِل رمزًا جديدًا
settings-code-resent = أُرسل رمز جديد.
settings-email-added = أُضيف { $email } بنجاح
settings-password-heading = غيّر كلمة السر
settings-password-current = أدخِل كلمة السر الحالية
settings-password-new = أدخِل كلمة السر الجديدة
settings-password-confirm = أعِد إدخال كلمة السر الجديدة
settings-password-rule-length =
    { $count ->
        [zero] بلا حد أدنى لعدد الأحرف
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $count } أحرف على الأقل
        [many] { $count } حرفًا على الأقل
       *[other] { $count } حرف على الأقل
    }
settings-password-rule-email = ليست عنوان بريدك الإلكتروني
settings-password-rule-common = ليست كلمة سر شائعة الاستخدام
settings-password-rule-met = {" "}(مُستوفى)
settings-password-mismatch = كلمتا السر غير متطابقتين
settings-password-updated = حُدّثت كلمة السر
settings-delete-ack-intro = من فضلك أكّد أنك تدرك ما يلي:
settings-delete-ack-data = ستُحذف بياناتي المحفوظة، ومنها بيانات المزامنة.
settings-delete-ack-subscriptions = ستُلغى أي اشتراكات مدفوعة.
settings-delete-ack-final = لا يمكن التراجع عن هذا الإجراء.
settings-continue = تابِع
settings-delete-password = أدخِل كلمة السر لحذف حسابك
settings-delete-submit = احذف

## Account recovery key (/settings/account_recovery)

settings-recovery-key-heading = مفتاح استرداد الحساب
settings-recovery-key-exists = مفتاح استرداد حسابك مضبوط. أنشِئ مفتاحًا جديدًا ليحل محله (يتوقف المفتاح القديم عن العمل)، أو أزِله.
settings-recovery-key-replace = أنشِئ مفتاحًا جديدًا
settings-recovery-key-remove = أزِل المفتاح
settings-recovery-key-intro = إن نسيت كلمة السر، يستعيد مفتاح استرداد الحساب بياناتك المعمّاة (كلمات السر والعلامات وغيرها). أكِّد كلمة السر لإنشائه.
settings-recovery-key-password = أدخِل كلمة السر
settings-recovery-key-create = أنشِئ مفتاح استرداد الحساب
settings-recovery-key-hint = تلميح: أين حفظت المفتاح؟ (اختياري)
settings-recovery-key-finish = أنهِ
settings-recovery-key-created = أُنشئ مفتاح استرداد الحساب
settings-recovery-key-removed = أُزيل مفتاح استرداد الحساب

## Change password: start a reset instead

settings-password-forgot = أنسيت كلمة السر؟
