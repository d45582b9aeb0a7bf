/* Sets the theme, and marks a visit that will not open on the baked overview, before the first
   paint: why and how in src/build/bake-plugin.ts; tests/unit/first-page-guard.test.ts checks it. */
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
  // The theme before the first paint, as main.tsx would set it (state/theme.ts): a dark reader
  // never sees the baked page light first, and main.tsx then finds it already right.
  function storedTheme() {
    try {
      var value = window.localStorage.getItem('cluster-atlas:theme');
      return value === 'light' || value === 'dark' ? value : null;
    } catch (_blocked) {
      return null;
    }
  }
  var prefersDark = !!(
    window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches
  );
  document.documentElement.setAttribute(
    'data-theme',
    storedTheme() || (prefersDark ? 'dark' : 'light'),
  );
  var params = new URLSearchParams(window.location.search);
  // view=overview is the baked page's own address.
  var others = 0;
  params.forEach(function (value, name) {
    if (name !== 'lang' && !(name === 'view' && value === 'overview')) others++;
  });
  if (others > 0 || openingLang(params) !== 'en')
    document.documentElement.setAttribute('data-first-page', 'elsewhere');
})();
