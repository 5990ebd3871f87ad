import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n, type AppMessageLoaders, type Language } from './initI18n.ts';

/** App messages that say which language they are, recording each language fetched. */
function buildAppMessages(fetched: Language[]): AppMessageLoaders {
  const loader = (lng: Language) => () => {
    fetched.push(lng);
    return Promise.resolve({ app: { name: `App (${lng})` } });
  };
  return { en: loader('en'), fr: loader('fr'), es: loader('es') };
}

describe('initI18n', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should fetch only the active language and translate shared and app keys when it resolves', async () => {
    // Arrange
    vi.stubGlobal('navigator', { languages: ['en-GB'] });
    const fetched: Language[] = [];

    // Act
    const i18n = await initI18n(buildAppMessages(fetched));

    // Assert
    expect(fetched).toEqual(['en']);
    expect(i18n.t('app.name')).toBe('App (en)');
    expect(i18n.t('common.save')).toBe('Save');
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(false);
  });

  it('should fetch another language once, before switching to it, when the user picks it', async () => {
    // Arrange
    vi.stubGlobal('navigator', { languages: ['en'] });
    const fetched: Language[] = [];
    const i18n = await initI18n(buildAppMessages(fetched));

    // Act
    await changeLanguage('fr');
    await changeLanguage('en');
    await changeLanguage('fr');

    // Assert
    expect(fetched).toEqual(['en', 'fr']);
    expect(i18n.language).toBe('fr');
    expect(i18n.t('app.name')).toBe('App (fr)');
    expect(i18n.t('common.save')).toBe('Enregistrer');
  });
});
