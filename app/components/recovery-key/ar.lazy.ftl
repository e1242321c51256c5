## A new account recovery key, shown once

recovery-key-once = احفظ هذا المفتاح في مكان آمن. لن يُعرض إلا هذه المرة.
recovery-key-label = مفتاح استرداد حسابك
recovery-key-copy = انسخ
recovery-key-download = نزّل
recovery-key-print = اطبع
recovery-key-copied = نُسخ
recovery-key-copy-failed = تعذّر النسخ. حدّد المفتاح وانسخه بنفسك.
