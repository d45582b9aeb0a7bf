import { findingSubject } from '../corpus/revisions';
import { useBundle, useTextLang } from '../state/selectors';

/**
 * A finding's id as a reader sees it: "Italy: Governance level" for a finding about one disputed
 * code (the raw id stays at hand as the title), the review's own label ("I4") otherwise.
 */
export function FindingName({
  finding,
  codeClassName,
}: {
  finding: string;
  /** For the review's own label, which is shown as code. */
  codeClassName?: string;
}) {
  const bundle = useBundle();
  const langOf = useTextLang();
  const subject = findingSubject(finding, bundle);
  if (!subject)
    return (
      <code className={codeClassName} lang="en" translate="no">
        {finding}
      </code>
    );
  return (
    <span title={finding}>
      <span lang={langOf(subject.model)}>{subject.model}</span>:{' '}
      <span lang={langOf(subject.dimension)}>{subject.dimension}</span>
    </span>
  );
}
