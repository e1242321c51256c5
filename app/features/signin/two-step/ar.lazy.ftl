## Two-step authentication at sign-in (/signin_totp_code, /signin_recovery_code)

totp-code-heading = أدخِل رمز الاستيثاق ذي الخطوتين
totp-code-instruction = راجِع تطبيق الاستيثاق لتأكيد ولوجك.
totp-code-input-label = أدخِل الرمز المكوّن من 6 أرقام
totp-code-required = رمز الاستيثاق مطلوب
totp-code-invalid = رمز الاستيثاق ذي الخطوتين غير صالح
# Link to the backup authentication code page
totp-code-trouble = أتواجه مشكلة في إدخال الرمز؟
recovery-code-heading = أدخِل رمز استيثاق احتياطي
recovery-code-instruction = أدخِل أحد الرموز أحادية الاستخدام التي حفظتها عند إعداد الاستيثاق ذي الخطوتين.
recovery-code-input-label = أدخِل الرمز المكوّن من 10 محارف
recovery-code-required = رمز الاستيثاق الاحتياطي مطلوب
recovery-code-invalid = رمز الاستيثاق الاحتياطي غير صالح
# Link back to the authenticator code page
recovery-code-back = رجوع
