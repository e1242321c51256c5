settings-services-heading = الخدمات المتصلة
settings-services-count =
    { $count ->
        [zero] لا توجد أي خدمة أو جهاز متصل بحسابك.
        [one] خدمة أو جهاز واحد متصل بحسابك.
        [two] خدمتان أو جهازان متصلان بحسابك.
        [few] { $count } خدمات وأجهزة متصلة بحسابك.
        [many] { $count } خدمةً وجهازًا متصلة بحسابك.
       *[other] { $count } خدمة وجهاز متصلة بحسابك.
    }
settings-this-device = هذا الجهاز
settings-last-active = آخر نشاط: { $when }
settings-client-sign-out = سجّل الخروج
    .aria-label = سجّل الخروج من { $name }
settings-client-signed-out = سُجّل الخروج من { $name }

## Signing a Sync device out

settings-disconnect-heading = اقطع الاتصال بخدمة Sync
settings-disconnect-body = ستبقى بيانات تصفّحك على { $name }، لكنها لن تُزامَن مع حسابك بعد الآن.
settings-disconnect-confirm = اقطع الاتصال
settings-disconnect-cancel = ألغِ

## Data collection and use (upstream DataCollection): the account's opt-out switch

settings-dc-heading = جمع البيانات واستخدامها
settings-dc-subheading = ساعد في تحسين حسابات موزيلا
settings-dc-help = اسمح بمشاركة البيانات التقنية وبيانات التفاعل الخاصة بالحساب. لا يرسل هذا التطبيق نفسه أي قياسات مهما اخترت؛ يُحفظ اختيارك مع حسابك للخدمات التي تقرؤه.
settings-dc-learn-more = اعرف المزيد
settings-dc-on = مفعّل
settings-dc-off = معطّل
settings-dc-opted-out = رفضتَ جمع البيانات.
settings-dc-opted-in = شكرًا! حُفظ اختيارك.
settings-dc-error = عذرًا، حدثت مشكلة أثناء تغيير تفضيل جمع البيانات
