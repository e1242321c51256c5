/** Firefox on desktop and Android says "Firefox"; Firefox for iOS says "FxiOS". */
export const isProbablyFirefox = (userAgent: string) => /\b(Firefox|FxiOS)\//i.test(userAgent);
