# نافذة التحقق الإضافي (MfaGuard / ModalMfaProtected في المصدر).
step-up-heading = أدخل رمز التأكيد
step-up-subheading = ساعدنا في التأكد من أنك من يغيّر معلومات حسابك
step-up-instruction = أدخل الرمز المرسل إلى { $email } خلال 5 دقائق.
step-up-code-label = أدخل الرمز المكوّن من 6 أرقام
step-up-cancel = ألغِ
step-up-confirm = أكّد
step-up-resend = انتهت صلاحية الرمز؟ أرسل رمزًا جديدًا.
step-up-resent = أُرسل رمز جديد إلى بريدك الإلكتروني.
