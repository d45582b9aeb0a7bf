/*
 * Runs before the first paint (a small blocking script in index.html's head; the CSP refuses
 * inline ones). index.html carries the overview baked in English at build time (src/bake.tsx);
 * a visit that will open elsewhere — a deep link, another language, a presenter window — must
 * not show it for a moment before the app replaces it. Such a visit marks <html> and the
 * stylesheet shows the loading line instead. main.tsx decides for good (it hydrates only when the
 * state matches the baked one exactly) and removes the mark once it has rendered.
 *
 * Plain script, no imports: it must run as it is. tests/unit/first-page-guard.test.ts checks it
 * against the app's own reading of the address and of the preferred language.
 */
(function () {
  var LANGS = ['en', 'ru', 'uz'];
  function langOfTag(tag) {
    var primary = String(tag).trim().toLowerCase().split(/[-_]/)[0];
    return LANGS.indexOf(primary) >= 0 ? primary : null;
  }
  function storedLang() {
    try {
      var value = window.localStorage.getItem('cluster-atlas:lang');
      return LANGS.indexOf(value) >= 0 ? value : null;
    } catch (_blocked) {
      return null;
    }
  }
  function openingLang(params) {
    var named = params.get('lang');
    if (LANGS.indexOf(named) >= 0) return named;
    var stored = storedLang();
    if (stored) return stored;
    var tags = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var lang = langOfTag(tags[i]);
      if (lang) return lang;
    }
    return 'en';
  }
  var params = new URLSearchParams(window.location.search);
  var others = 0;
  params.forEach(function (_value, name) {
    if (name !== 'lang') others++;
  });
  if (others > 0 || openingLang(params) !== 'en')
    document.documentElement.setAttribute('data-first-page', 'elsewhere');
})();
