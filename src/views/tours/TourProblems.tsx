import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import type { TourProblem } from '../../tours/own-tours';

/** One problem in words the lecturer can act on. */
export function problemText(problem: TourProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'other':
      return problem.detail;
    case 'idClash':
    case 'title':
      return t(`tourMaker.problem.${problem.kind}`);
    default:
      return t(`tourMaker.problem.${problem.kind}`, problem);
  }
}

/** What an own tour still lacks before it can be presented (the Preview and Present buttons point here). */
export function TourProblems({ id, problems }: { id: string; problems: readonly TourProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div id={id} className="notice-inline tour-problems">
      <p>{t('tourMaker.notReady')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{problemText(p, t)}</li>
        ))}
      </ul>
    </div>
  );
}
