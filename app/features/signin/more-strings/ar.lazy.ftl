# Strings of the sign-in pages people reach from elsewhere (force_auth, unblock, report): loaded
# with those pages (routes/signin-more-routes.ts), not with every sign-in page.

## Force auth (/force_auth, /oauth/force_auth)

force-auth-checking = يجري التحقق من حسابك…
force-auth-gone-heading = لم يعد الحساب موجودًا
force-auth-gone-unknown = لا يوجد حساب Mozilla بعنوان البريد الإلكتروني هذا. ربما حُذف.
force-auth-create-account = أنشئ حسابًا
force-auth-gone-deleted = حُذف الحساب الذي أُنشئ له هذا الرابط. عُد إلى التطبيق الذي أرسلك إلى هنا وسجّل الدخول مجددًا.

## Sign-in unblock (/signin_unblock): customs blocked the sign-in; an emailed code lets it through

unblock-heading = صرّح بتسجيل الدخول هذا
unblock-instruction = تحقق من بريدك بحثًا عن رمز التصريح المرسل إلى { $email }.
unblock-code-label = أدخل رمز التصريح
unblock-submit = تابِع
unblock-busy = يجري الولوج…
unblock-code-required = رمز التصريح مطلوب
unblock-code-length = يجب أن يتكون رمز التصريح من 8 محارف
unblock-code-format = يمكن أن يحتوي رمز التصريح على حروف و/أو أرقام فقط
unblock-resend = ليس في صندوق الوارد ولا في البريد المزعج؟ أعِد الإرسال
unblock-resent = أُرسل رمز جديد إلى بريدك الإلكتروني.
unblock-why = لماذا يحدث هذا؟
unblock-enter-password = أدخل كلمة السر مجددًا

## "This wasn't me" from the unblock email (/report_signin, /signin_reported)

report-signin-heading = أتريد الإبلاغ عن ولوج غير مصرّح به؟
report-signin-body = وصلتك رسالة عن محاولة للوصول إلى حسابك. أتريد الإبلاغ عن هذا النشاط على أنه مريب؟
report-signin-submit = أبلِغ عن النشاط
report-signin-damaged-heading = الرابط تالف
report-signin-damaged-body = ينقص الرابط الذي نقرت عليه بعض المحارف، وربما أتلفه عميل البريد لديك. انسخ العنوان بعناية ثم حاول مجددًا.
signin-reported-heading = شكرًا لك على يقظتك
signin-reported-body = أُبلغ فريقنا. تساعدنا بلاغات كهذه على صدّ المتسللين.
