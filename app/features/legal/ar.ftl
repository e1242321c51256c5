## Legal pages (/legal/terms, /legal/privacy): this project's own short texts

legal-terms-heading = شروط الخدمة
legal-privacy-heading = تنبيه الخصوصية
legal-own-terms = اقرأ شروط خدمة هذه الخدمة
legal-own-privacy = اقرأ تنبيه الخصوصية لهذه الخدمة
legal-what-this-is = هذا التطبيق نسخة مستقلة من صفحات حسابات موزيلا على الوب، صُنعت لتطويرها واختبارها. لا تديره موزيلا.
legal-stored-heading = ما تخزّنه النسخة المحلية
legal-stored-body = مع المحاكي المحلي، تعيش الحسابات والجلسات والرموز في ذاكرة المحاكي فقط وتزول عند توقفه. لا يُرسل شيء إلى أي مكان آخر، ولا يرسل التطبيق أي قياسات خاصة به.
legal-browser-heading = ما يحفظه متصفحك
legal-browser-body = تحفظ الصفحة حسابك المُولج (بريده الإلكتروني ومعرّفه ورمز جلسته) في التخزين المحلي لهذا الموقع حتى تخرج منه.
legal-deployment-heading = نشر حقيقي
legal-deployment-body = من يشغّل هذا التطبيق لمستخدمين حقيقيين ينشر شروط خدمته وتنبيه خصوصيته، ويضبط عنوانيهما في إعداداته (VITE_LEGAL_TERMS_URL و VITE_LEGAL_PRIVACY_URL)؛ فتربط هذه الصفحات إليهما.
legal-see-privacy = تنبيه الخصوصية
legal-see-terms = شروط الخدمة
