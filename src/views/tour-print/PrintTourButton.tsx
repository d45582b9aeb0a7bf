import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { useLang } from '../../state/selectors';
import { hrefFor } from '../../state/url';

/**
 * "Print tour": opens the tour's printable document (views/tour-print/TourPrint) in this tab, a
 * link so that it can also open in a new one. The tour is named by its id, which the page looks up
 * among the corpus's tours and the lecturer's own.
 */
export function PrintTourButton({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <a
      className="tour-print-link"
      href={hrefFor({ tour: tour.id, step: 1, print: 'tour', lang })}
      aria-label={t('tourPrint.printTourNamed', { tour: tour.title })}
    >
      {t('tourPrint.printTour')}
    </a>
  );
}
