## QR-code pairing ("Connect another device"): /pair, /pair/auth/*, /pair/supp/*, results

pair-index-heading = اربط جهازًا آخر
pair-index-step-download = نزّل Firefox على هاتفك
pair-download-qr =
    .aria-label = رمز QR لتنزيل Firefox على هاتفك
pair-index-step-scan = ثم امسح الرمز الذي يعرضه لك Firefox
pair-index-explain = افتح Firefox على هاتفك، واختر «لِج»، ثم «جاهز للمسح».
pair-index-ready = جاهز للمسح
pair-index-dialog-failed = لم يفتح Firefox نافذة الاقتران. حاول مجددًا.
pair-index-signed-out = لِج إلى Firefox على هذا الحاسوب أولًا، ثم اربط هاتفك.
pair-index-sign-in = لِج إلى Firefox
pair-loading-heading = اربط جهازًا آخر
pair-loading-text = يجري التحميل…

## Desktop Firefox (the authority)

# $email (String) - the account Firefox is signed in to
pair-auth-allow-question = هل ولجت للتو إلى Firefox باسم { $email } على هذا الجهاز؟
pair-auth-allow-heading = اربط جهازًا آخر
pair-auth-allow-confirm = نعم، اربط هذا الجهاز
pair-auth-allow-decline = لا، ألغِ
# $family (String) - a browser, e.g. Firefox; $os (String) - a system, e.g. Android
pair-device-family-os = { $family } على { $os }
# $place (String) - city, region and country, as far as known
pair-device-place = قرب { $place }
# $ip (String) - an IP address
pair-device-ip = عنوان IP: { $ip }
pair-auth-wait-heading = أكّد على جهازك الآخر
pair-auth-wait-text = في انتظار تأكيد جهازك الآخر…
pair-auth-complete-heading = رُبط الجهاز
pair-auth-complete-text = أنت الآن تزامن مع:
pair-manage-account = أدِر حسابك

## The phone (the supplicant)

pair-supp-connecting-heading = يجري الاتصال بحاسوبك
pair-supp-connecting-text = يجري الاتصال…
pair-supp-allow-heading = أكّد الاقتران
# $email (String) - the account the computer is signed in to
pair-supp-allow-account = الحساب: { $email }
# $device (String) - the name of the computer's Firefox
pair-supp-allow-device = الموافقة من: { $device }
pair-supp-allow-confirm = أكّد الاقتران
pair-supp-allow-cancel = ألغِ
pair-supp-wait-heading = أكّد على حاسوبك
pair-supp-wait-text = في انتظار تأكيد Firefox على حاسوبك…
pair-bad-request-heading = طلب غير صالح
pair-invalid-client = عميل اقتران غير صالح
pair-invalid-channel = رابط الاقتران هذا ناقص. امسح الرمز مجددًا.
pair-invalid-request = طلب التطبيق الاقتران بمعاملات غير صالحة.

## Results

pair-failure-heading = لم ينجح الاقتران
pair-failure-declined = أُلغي الاقتران.
pair-failure-gone = انتهى هذا الاقتران أو انقضت مهلته. ابدأ من جديد من Firefox على حاسوبك.
pair-failure-timeout = لم يجب حاسوبك. امسح رمزًا جديدًا وحاول مجددًا.
pair-failure-signed-out = لِج إلى Firefox على هذا الحاسوب أولًا.
pair-failure-bad-code = تعذّر استخدام الرد الوارد من حاسوبك. حاول مجددًا.
pair-failure-error = انقطع الاتصال بين جهازيك. حاول مجددًا.
pair-failure-try-again = حاول مجددًا
pair-success-heading = رُبط الجهاز
pair-success-text = صار Firefox على هذا الجهاز والجًا إلى حسابك.
pair-unsupported-heading = اربط جهازًا آخر
pair-unsupported-text = يحتاج الاقتران إلى Firefox على حاسوبك، والجًا إلى حسابك.
pair-unsupported-app = لربط هاتف، افتح Firefox على الهاتف، واختر «لِج»، وامسح الرمز الذي يعرضه Firefox على حاسوبك.
pair-unsupported-download = نزّل Firefox
