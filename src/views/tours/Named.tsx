/**
 * A button's visible words and, for screen readers, which tour it acts on: the accessible name
 * starts with the visible words ("Preview — My tour"), so speech input finds it by what it shows.
 */
export function Named({ text, title }: { text: string; title: string }) {
  return (
    <>
      {`${text} `}
      <span className="visually-hidden">— {title}</span>
    </>
  );
}
