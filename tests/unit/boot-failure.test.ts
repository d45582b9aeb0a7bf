import { describe, expect, it } from 'vitest';
import { bootFailureWords } from '../../src/ui/boot-failure';

describe('bootFailureWords', () => {
  it("speaks the link's language first", () => {
    expect(bootFailureWords('?view=compare&lang=uz', ['ru-RU', 'en']).lang).toBe('uz');
    expect(bootFailureWords('?lang=ru', []).reload).toBe('Перезагрузить страницу');
  });

  it("else the first of the browser's languages the app speaks, by its primary tag", () => {
    expect(bootFailureWords('', ['de-DE', 'uz-Latn-UZ', 'ru']).lang).toBe('uz');
    expect(bootFailureWords('?lang=fr', ['fr', 'ru-KZ']).lang).toBe('ru');
  });

  it('else English', () => {
    const words = bootFailureWords('', ['de', 'fr']);
    expect(words.lang).toBe('en');
    expect(words.message).toMatch(/could not be loaded.*reload the page/);
  });

  it('has every language’s message and button', () => {
    for (const lang of ['en', 'ru', 'uz']) {
      const words = bootFailureWords(`?lang=${lang}`, []);
      expect(words.lang).toBe(lang);
      expect(words.message).toContain('Cluster Atlas');
      expect(words.reload.length).toBeGreaterThan(3);
    }
  });
});
