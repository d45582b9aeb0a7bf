/**
 * Copying text to the clipboard with a fallback: where the browser refuses (no permission, an
 * insecure page), the text is offered in a field, selected, to copy by hand. Used by "Copy with
 * citation" and the article's citation blocks.
 */
import { useEffect, useRef, useState } from 'react';

export function useCopyText() {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // The field for copying by hand is selected as it appears, so Ctrl+C (⌘C) copies it at once.
  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);
  const copy = (text: string, done: string, refusedMessage: string) => {
    setFallback(null);
    setStatus('');
    const refused = () => {
      setFallback(text);
      setStatus(refusedMessage);
    };
    if (!navigator.clipboard?.writeText) {
      refused();
      return;
    }
    navigator.clipboard.writeText(text).then(() => setStatus(done), refused);
  };
  return { copy, status, fallback, field };
}
