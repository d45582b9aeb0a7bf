/**
 * "Where to start": one line for each kind of reader (students, policymakers, lecturers,
 * researchers) with links to where their path begins. Real links (open in a new tab works); a
 * plain click is followed in the page, as in the navigation. This is on the first page, whose
 * JavaScript budget is tight: a plain list, link texts reused from the navigation's strings.
 */
import { lazy, Suspense, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ViewId } from '../../corpus/vocabulary';
import { ensureFullCatalogue } from '../../i18n';
import { markStateChange } from '../../lib/perf';
import { useLinkTo } from '../../state/links';
import { useActions, useBundle } from '../../state/selectors';
import type { AddressState } from '../../state/url';

/** The guided tour a student starts with; a corpus without it offers the model pages and tours. */
export const STUDENT_TOUR = 'five-ways';

// The same dialog as the header's "Your corpus…": its code and the strings it needs load on the
// first click, never with the first page.
const CorpusLoader = lazy(() =>
  Promise.all([import('../../user-corpus/CorpusLoader'), ensureFullCatalogue()]).then(([m]) => ({
    default: m.CorpusLoader,
  })),
);

export function StartPaths() {
  const { t } = useTranslation();
  const tour = useBundle().tours.find((x) => x.id === STUDENT_TOUR);
  const linkTo = useLinkTo();
  const { setView, setTour, setPresent } = useActions();
  const [loader, setLoader] = useState(false);

  const link = (
    text: ReactNode,
    change: Partial<AddressState>,
    follow: () => void,
    className?: string,
  ) => (
    <a
      className={className}
      href={linkTo(change)}
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        markStateChange();
        follow();
      }}
    >
      {text}
    </a>
  );
  const view = (id: ViewId) => link(t(`nav.${id}`), { view: id }, () => setView(id));

  const lines: [string, ReactNode[]][] = [
    [
      'students',
      tour
        ? [
            // The corpus's words, of any length: kept together unless longer than a line.
            link(
              tour.title,
              { tour: tour.id, step: 1 },
              () => setTour(tour.id, 1),
              'start-paths__long',
            ),
            view('model'),
          ]
        : [view('model'), view('tours')],
    ],
    ['policymakers', [view('fit')]],
    [
      'lecturers',
      [
        view('tours'),
        link(
          <>
            {t('overview.start.present')}{' '}
            {/* The key is for a keyboard: a phone shows the words alone (start-paths.css). */}
            <span className="start-paths__key">{t('overview.start.presentKey')}</span>
          </>,
          { present: true },
          () => setPresent(true),
        ),
      ],
    ],
    [
      'researchers',
      [
        <button
          key="corpus"
          type="button"
          className="button-link"
          title={t('app.loadCorpusHint')}
          onClick={() => setLoader(true)}
        >
          {t('overview.start.loadCorpus')}
        </button>,
        view('editor'),
        <a key="schema" href="corpus.schema.json" download>
          {t('overview.start.schema')}
        </a>,
      ],
    ],
  ];

  return (
    <section className="start-paths" aria-labelledby="start-paths-title">
      <h2 id="start-paths-title">{t('overview.start.title')}</h2>
      <ul>
        {lines.map(([who, links]) => (
          <li key={who} data-who={who}>
            <b>{t(`overview.start.${who}`)}:</b>{' '}
            {links.map((item, i) => (
              <span key={i}>
                {/* The dot keeps to the link before it: a line never starts with one. */}
                {i > 0 ? <span aria-hidden="true">{'\u00a0· '}</span> : null}
                {item}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {loader ? (
        <Suspense fallback={null}>
          <CorpusLoader
            initialFiles={null}
            onClose={() => setLoader(false)}
            onLoaded={() => setLoader(false)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
