import { useTextLang } from '../state/selectors';
import { useCodeValueText } from './code-value-text';
import type { CodeValue, Step } from './derive';

/**
 * A coded value in words as the panel writes it: "4 of 5 — coordinator", or the shares with the
 * lead marked. The step's name comes from the codebook: one run of text where it is in the page's
 * language, marked with its own language where it is not translated yet.
 */
export function ValueWords({ value, step }: { value: CodeValue; step: Step | null }) {
  const valueText = useCodeValueText();
  const langOf = useTextLang();
  const text = valueText(value, { markLead: true });
  if (!step) return <span className="value-words">{text}</span>;
  const stepLang = langOf(step.label);
  return stepLang ? (
    <span className="value-words">
      {text} — <span lang={stepLang}>{step.label}</span>
    </span>
  ) : (
    <span className="value-words">{`${text} — ${step.label}`}</span>
  );
}
