// Each shipped language, chosen by the browser's language (navigator.languages, Accept-Language):
// the main flows show its translations, the document says its language and direction, and axe
// finds nothing in it. An unsupported language falls back to English. Strings below are the
// translators' own (app/features/*/fr.ftl, ar.ftl), typed out so a missing or wrong bundle fails.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { createAccount, uniqueEmail } from '../support/emulator';
import { expect, test } from '../support/fixtures';
import { authorizationPath, deviceUser, firefoxAccount } from '../support/oauth';
import { realUser, seedUser } from '../support/settings';
import { isolated, PASSWORD } from '../support/signin-steps';

/** Every one-line English message of two words or more (every en.ftl and en.lazy.ftl under app/). */
function englishMessages(dir = path.resolve(import.meta.dirname, '../../app')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return englishMessages(full);
    if (!/^en(\.lazy)?\.ftl$/.test(entry.name)) return [];
    return fs
      .readFileSync(full, 'utf8')
      .split('\n')
      .map((line) => /^[a-z][\w-]* = ([^{}]+)$/.exec(line)?.[1]?.trim() ?? '')
      .filter((text) => text.split(' ').length >= 2);
  });
}
const ENGLISH = englishMessages();

/**
 * Nothing on the page (text, accessible names, alt text) is left in English, and no variable is
 * shown unfilled ("{$count}": Fluent's sign that the code did not pass it).
 */
async function expectFullyTranslated(page: Page) {
  const shown = await page.evaluate(() =>
    [
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not hidden text.
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [alt], [placeholder], [title]')].flatMap(
        (el) => ['aria-label', 'alt', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
      ),
    ].join('\n'),
  );
  expect(shown).not.toContain('{$');
  expect(ENGLISH.filter((text) => shown.includes(text))).toEqual([]);
}

type Strings = {
  emailHeading: string;
  emailLabel: string;
  emailSubmit: string;
  invalidEmail: string;
  passwordHeading: string;
  passwordLabel: string;
  passwordSubmit: string;
  incorrectPassword: string;
  codeHeading: string;
  codeValidity: RegExp;
  signupHeading: string;
  lengthRule: RegExp;
  settings: string;
  sections: string[];
  accountMenu: string;
  lastActive: RegExp;
  continueTo: RegExp;
  continueAs: string;
  differentAccount: string;
};

const LOCALES: { browser: string; lang: string; dir: 'ltr' | 'rtl'; t: Strings }[] = [
  {
    browser: 'fr-FR',
    lang: 'fr',
    dir: 'ltr',
    t: {
      emailHeading: 'Saisissez votre adresse électronique',
      emailLabel: 'Adresse électronique',
      emailSubmit: 'S’inscrire ou se connecter',
      invalidEmail: 'Adresse électronique valide requise',
      passwordHeading: 'Saisissez votre mot de passe',
      passwordLabel: 'Mot de passe',
      passwordSubmit: 'Se connecter',
      incorrectPassword: 'Mot de passe incorrect',
      codeHeading: 'Saisissez le code de confirmation',
      codeValidity: /dans les \u20685\u2069 minutes/,
      signupHeading: 'Définissez votre mot de passe',
      lengthRule: /au moins \u20688\u2069 caractères/i,
      settings: 'Paramètres',
      sections: ['Profil', 'Sécurité', 'Services connectés', 'Supprimer le compte'],
      accountMenu: 'Menu du compte',
      // Intl.RelativeTimeFormat in French ("maintenant", "il y a 1 minute"); French typography
      // puts a narrow no-break space before the colon.
      lastActive: /Cet appareil.*Dernière activité\s:\s\u2068(maintenant|il y a .+)\u2069/,
      continueTo: /^Continuer vers .?123Done/,
      continueAs: 'Continuer en tant que',
      differentAccount: 'Utiliser un autre compte',
    },
  },
  {
    browser: 'ar',
    lang: 'ar',
    dir: 'rtl',
    t: {
      emailHeading: 'أدخِل بريدك الإلكتروني',
      emailLabel: 'البريد الإلكتروني',
      emailSubmit: 'أنشئ حسابًا أو سجّل الدخول',
      invalidEmail: 'يلزم بريد إلكتروني صالح',
      passwordHeading: 'أدخِل كلمة السر',
      passwordLabel: 'كلمة السر',
      passwordSubmit: 'سجّل الدخول',
      incorrectPassword: 'كلمة السر غير صحيحة',
      codeHeading: 'أدخِل رمز التأكيد',
      // Arabic's plural "few" (3 to 10), the number in the page's digits.
      codeValidity: /خلال \u2068[5٥]\u2069 دقائق/,
      signupHeading: 'عيّن كلمة السر',
      lengthRule: /\u2068[8٨]\u2069 أحرف على الأقل/,
      settings: 'الإعدادات',
      sections: ['الملف الشخصي', 'الأمان', 'الخدمات المتصلة', 'احذف الحساب'],
      accountMenu: 'قائمة الحساب',
      // Intl.RelativeTimeFormat in Arabic ("الآن" now, "قبل" … ago).
      lastActive: /هذا الجهاز.*آخر نشاط: \u2068(الآن|قبل .+)\u2069/,
      continueTo: /^تابِع إلى .?123Done/,
      continueAs: 'تابِع باسم',
      differentAccount: 'استخدم حسابًا آخر',
    },
  },
];

for (const { browser, lang, dir, t } of LOCALES) {
  test.describe(`in ${lang} (browser language ${browser})`, () => {
    test.use({ locale: browser });
    // Several pages and axe runs: on a loaded 2-core machine they outlast the default 30 s.
    test.slow();

    test('sign-in: email step, its error, password step, wrong password, code step', async ({
      page,
    }) => {
      const { email } = await createAccount({ email: uniqueEmail(`l10n-${lang}`) });
      await page.goto('/');
      await expect(page.getByRole('heading', { name: t.emailHeading })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const box = page.getByRole('textbox', { name: t.emailLabel });
      await box.fill('not an email');
      await page.getByRole('button', { name: t.emailSubmit }).click();
      await expect(page.getByRole('alert')).toHaveText(t.invalidEmail);
      await expectNoA11yViolations(page);

      await box.fill(email);
      await page.getByRole('button', { name: t.emailSubmit }).click();
      await expect(page.getByRole('heading', { name: t.passwordHeading })).toBeVisible();
      await page.getByLabel(t.passwordLabel, { exact: true }).fill('wrong password');
      await page.getByRole('button', { name: t.passwordSubmit }).click();
      await expect(page.getByRole('alert')).toHaveText(t.incorrectPassword);
      await expectNoA11yViolations(page);

      await page.getByLabel(t.passwordLabel, { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: t.passwordSubmit }).click();
      await expect(page.getByRole('heading', { name: t.codeHeading })).toBeVisible();
      await expect(page.getByText(t.codeValidity)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectFullyTranslated(page);
    });

    test('sign-up: the password rules, with the length in words', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: t.emailHeading })).toBeVisible();
      await page.getByRole('textbox', { name: t.emailLabel }).fill(uniqueEmail(`l10n-new-${lang}`));
      await page.getByRole('button', { name: t.emailSubmit }).click();
      await expect(page.getByRole('heading', { name: t.signupHeading })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: t.lengthRule })).toBeVisible();
      await expectFullyTranslated(page);
    });

    test('settings: the page, its sections and the account menu', async ({ page }) => {
      const user = await realUser(`l10n-${lang}`);
      await seedUser(page, user);
      await page.goto('/settings');
      await expect(page.getByRole('heading', { name: t.settings, level: 1 })).toBeVisible();
      for (const name of t.sections) {
        await expect(page.getByRole('region', { name })).toBeVisible();
      }
      await expect(page.getByRole('button', { name: t.accountMenu })).toBeVisible();
      await expect(page.getByTestId('client').first()).toContainText(t.lastActive);
      await expect(page.locator('[data-settings-ready]')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectNoA11yViolations(page);
      await expectFullyTranslated(page);

      // A sub-page's own strings (loaded with it), the same rule with its number.
      await page.goto('/settings/change_password');
      await expect(page.getByRole('listitem').filter({ hasText: t.lengthRule })).toBeVisible();
      await expectFullyTranslated(page);
    });

    test('OAuth authorization: “Continue as”', async ({ page, device }) => {
      const account = await firefoxAccount(`l10n-${lang}`);
      await device({ signedInUser: deviceUser(account) });
      await page.goto(authorizationPath());
      await expect(page.getByRole('heading', { name: t.continueTo })).toBeVisible();
      await expect(
        page.getByRole('button', { name: `${t.continueAs} ${isolated(account.email)}` }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: t.differentAccount })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectNoA11yViolations(page);
      await expectFullyTranslated(page);
    });
  });
}

test.describe('an unsupported browser language (German)', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to English, left to right', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Enter your email' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign up or sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});
