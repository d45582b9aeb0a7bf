import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import { formatIssue } from '../../corpus/issues';
import type { Tour } from '../../corpus/schema';
import { TOUR_FILE_MAX_BYTES } from '../../corpus/tour-files';
import { readFileText } from '../../corpus/read-file-text';
import { readTourFileText } from '../../tours/tour-file';
import type { TourFileProblem } from '../../tours/tour-file';

interface LoadError {
  file: string;
  /** What is wrong and what to do, in a sentence. */
  summary: string;
  /** Where in the file (its JSON path) and what is wrong there. */
  places: string[];
}

function describe(problem: TourFileProblem, t: TFunction): Omit<LoadError, 'file'> {
  switch (problem.kind) {
    case 'tooLarge':
      return {
        summary: t('tourMaker.loadTooLarge', {
          size: Math.ceil(problem.size / 1000),
          max: problem.max / 1000,
        }),
        places: [],
      };
    case 'unreadable':
    case 'badLink':
      return { summary: t('tourMaker.loadUnreadable'), places: [] };
    case 'notJson':
      return { summary: t('tourMaker.loadNotJson', problem), places: [] };
    case 'notTour':
      return {
        summary: t('tourMaker.loadNotTour'),
        places: [
          ...problem.issues.map(formatIssue),
          ...(problem.more > 0 ? [t('tourMaker.loadMore', { count: problem.more })] : []),
        ],
      };
  }
}

/**
 * "Load a tour file": reads one tour file (as Download tour file writes it, or a corpus's
 * `data/tours/<id>.json`) into a new own tour. A file that cannot be read changes nothing, and
 * the page says what is wrong, where, and what to do.
 */
export function TourFileLoader({ onLoaded }: { onLoaded: (tour: Tour, file: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<LoadError | null>(null);

  const load = async (file: File) => {
    setError(null);
    const fail = (problem: TourFileProblem) =>
      setError({ file: file.name, ...describe(problem, t) });
    if (file.size > TOUR_FILE_MAX_BYTES) {
      fail({ kind: 'tooLarge', size: file.size, max: TOUR_FILE_MAX_BYTES });
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      fail({ kind: 'unreadable' });
      return;
    }
    const result = readTourFileText(text);
    if (result.ok) onLoaded(result.tour, file.name);
    else fail(result.problem);
  };

  return (
    <>
      <span className="file-button">
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }}
        />
        <label htmlFor={id}>{t('tourMaker.load')}</label>
      </span>
      {error ? (
        <div role="alert" className="notice-inline tour-load-error">
          <p>
            <strong>{t('tourMaker.loadFailed', { file: error.file })}</strong> {error.summary}
          </p>
          {error.places.length > 0 ? (
            <ul className="problem-list">
              {error.places.map((place, i) => (
                <li key={i}>
                  <code>{place}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
