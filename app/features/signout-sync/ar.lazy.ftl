# The page a Sync user sees when the session Firefox holds has ended (issue #20; upstream
# fxa-settings SignoutSync, mozilla/fxa PR #17241). Loaded with the page's own chunk.

signout-sync-heading = انتهت الجلسة
signout-sync-body = ما زال Firefox متصلًا بجلسة انتهت. لن يُصلح الولوج هنا مرة أخرى Firefox.
signout-sync-steps = اخرج من حسابك من قائمة Firefox (الإعدادات، ثم المزامنة)، ثم لِج مرة أخرى من هناك.
