## /authorization

authorization-heading = تابِع إلى تطبيقك
authorization-continue-heading = تابِع إلى { $client }
authorization-signed-in-browser = أنت مُسجَّل الدخول في Firefox بالحساب
authorization-signed-in = أنت مُسجَّل الدخول بالحساب
authorization-continue-as = تابِع باسم { $email }
authorization-different-account = استخدم حسابًا آخر
authorization-working = لحظة من فضلك…
oauth-continue-offline = تعذّر الوصول إلى الخادوم. تحقّق من اتصالك وحاول مجددًا.
oauth-continue-throttled = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مجددًا.
oauth-continue-failed = حدث خطأ من جهتنا. حاول مجددًا.
oauth-continue-two-step-required = يتطلب هذا التطبيق الاستيثاق ذا الخطوتين. فعّله في إعدادات حسابك، ثم حاول مجددًا.

## Bad Request page

oauth-bad-request-heading = طلب غير صالح
oauth-try-again = حاول مجددًا
oauth-error-unknown-client = عميل غير معروف
oauth-error-incorrect-redirect = قيمة redirect_uri غير صحيحة
oauth-error-invalid-parameter = مُعامل OAuth غير صالح: { $param }
oauth-error-missing-parameter = مُعامل OAuth مفقود: { $param }
oauth-error-keys-redirect = مُعامل إعادة التوجيه غير صالح
oauth-error-missing-pkce = مُعاملات PKCE مفقودة
oauth-error-not-public-client = هذا العميل ليس عميلًا عامًا
oauth-error-mismatch-acr = قيم acr غير متطابقة
oauth-error-service-unavailable = النظام غير متاح، حاول مجددًا بعد قليل
oauth-error-unexpected = خطأ غير متوقع
oauth-error-try-again = حدث خطأ ما. من فضلك أغلِق هذا اللسان وحاول مجددًا.
oauth-error-prompt-none-client = لم يُفعَّل prompt=none لهذا العميل
oauth-error-prompt-none-keys = لا يمكن استخدام prompt=none عند طلب المفاتيح
oauth-error-not-signed-in = المستخدم غير مُسجَّل الدخول
oauth-error-different-user = مستخدم آخر مُسجَّل الدخول
oauth-error-unverified = المستخدم أو الجلسة غير مؤكَّدين
oauth-error-id-token-hint = قيمة id_token_hint غير صالحة
oauth-error-consent-required = لم يطّلع المستخدم على ما يستطيع هذا العميل قراءته

## /signin_permissions

permissions-heading = طلب إذن
permissions-intro = يطلب { $client } الوصول إلى:
permissions-email = عنوان البريد الإلكتروني
permissions-display-name = اسم العرض
permissions-avatar = صورة الملف الشخصي
permissions-accept = اقبل
permissions-cancel = ألغِ
