/**
 * The header's two symbols, drawn rather than typed. As text (▾ U+25BE, ⚙ U+2699) they are in no
 * face of the app's font, so the browser looked through the system's fonts for them and loaded
 * one (DejaVu Sans on Linux) in every page's first layout: about 20 ms of it at 4× CPU throttle.
 * Both take the colour of the text beside them and are hidden from screen readers, which read the
 * button's words.
 */

/** The "opens a menu" mark after a button's words. */
export function Caret() {
  return (
    <svg className="icon icon--caret" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <path d="M1 3h8L5 8z" />
    </svg>
  );
}

/** The settings gear: eight teeth round a hole (the hole drawn by the even-odd rule). */
export function Gear() {
  return (
    <svg className="icon icon--gear" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        fillRule="evenodd"
        d="M8.4 3.3 8.6.9h2.8l.2 2.4 2 .8 1.9-1.5 1.9 1.9-1.5 1.9.8 2 2.4.2v2.8l-2.4.2-.8 2 1.5 1.9-1.9 1.9-1.9-1.5-2 .8-.2 2.4H8.6l-.2-2.4-2-.8-1.9 1.5-1.9-1.9 1.5-1.9-.8-2-2.4-.2V8.6l2.4-.2.8-2-1.5-1.9 1.9-1.9 1.9 1.5zM13 10a3 3 0 1 0-6 0 3 3 0 1 0 6 0z"
      />
    </svg>
  );
}
