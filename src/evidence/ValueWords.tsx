import { TermPopover } from '../charts/TermPopover';
import { useTextLang } from '../state/selectors';
import { useCodeValueText } from './code-value-text';
import type { CodeValue, Step } from './derive';

/**
 * A coded value in words as the panel writes it: "4 of 5 — coordinator", or the shares with the
 * lead marked. The step's name comes from the codebook, where asked with its definition one hover,
 * focus or tap away (each coder's card in a side-by-side comparison defines its own step), marked with
 * its own language where it is not translated yet.
 */
export function ValueWords({
  value,
  step,
  defined = false,
}: {
  value: CodeValue;
  step: Step | null;
  /** Whether the step's name offers its definition (a coder's card; not a before → after line). */
  defined?: boolean;
}) {
  const valueText = useCodeValueText();
  const langOf = useTextLang();
  const text = valueText(value, { markLead: true });
  if (!step) return <span className="value-words">{text}</span>;
  const stepLang = langOf(step.label);
  const name = stepLang ? <span lang={stepLang}>{step.label}</span> : step.label;
  return (
    <span className="value-words">
      {text} —{' '}
      {defined && step.definition ? (
        <TermPopover term={step.label} definition={step.definition} lang={langOf(step.definition)}>
          {name}
        </TermPopover>
      ) : (
        name
      )}
    </span>
  );
}
