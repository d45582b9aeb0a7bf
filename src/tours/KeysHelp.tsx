import { Fragment } from 'react';
import { useTranslation } from '../i18n/react';
import { Dialog } from '../lib/Dialog';

/** One line of the list: the keys (names of keys, or the words `space` and `number`) and what they do. */
interface KeyRow {
  id: string;
  keys: string[];
  /** How the keys combine: any one of them, or one after the other. */
  join: 'or' | 'then';
  /** Where the keys work: the presenter window has no presenter key and no presentation mode. */
  where: 'both' | 'audience';
}

/** Every key of a tour, in the order a lecturer needs them (tour-keys.ts maps them). */
export const KEY_ROWS: readonly KeyRow[] = [
  { id: 'next', keys: ['→', 'Page Down', 'space'], join: 'or', where: 'both' },
  { id: 'previous', keys: ['←', 'Page Up'], join: 'or', where: 'both' },
  { id: 'firstLast', keys: ['Home', 'End'], join: 'or', where: 'both' },
  { id: 'jump', keys: ['number', 'Enter'], join: 'then', where: 'both' },
  { id: 'black', keys: ['B', '.'], join: 'or', where: 'both' },
  { id: 'white', keys: ['W', ','], join: 'or', where: 'both' },
  { id: 'grid', keys: ['G', 'O'], join: 'or', where: 'both' },
  { id: 'presenter', keys: ['S'], join: 'or', where: 'audience' },
  { id: 'present', keys: ['P'], join: 'or', where: 'audience' },
  { id: 'help', keys: ['?'], join: 'or', where: 'both' },
  { id: 'escape', keys: ['Esc'], join: 'or', where: 'audience' },
];

/** The "?" overlay: every key of a tour, in the reader's language. */
export function KeysHelp({
  onClose,
  presenter = false,
}: {
  onClose: () => void;
  /** In the presenter window: only the keys that work there. */
  presenter?: boolean;
}) {
  const { t } = useTranslation();
  const keyName = (key: string) =>
    key === 'space' ? t('lecturer.keySpace') : key === 'number' ? t('lecturer.keyNumber') : key;
  return (
    <Dialog
      title={t('lecturer.helpTitle')}
      closeLabel={t('lecturer.helpClose')}
      onClose={onClose}
      fallbackFocusId="main"
    >
      <dl className="keys-help">
        {KEY_ROWS.filter((row) => !presenter || row.where === 'both').map((row) => (
          <div key={row.id} className="keys-help__row">
            <dt>
              {row.keys.map((key, i) => (
                <Fragment key={key}>
                  {i > 0 ? (
                    <span className="keys-help__join">
                      {' '}
                      {t(row.join === 'or' ? 'lecturer.keyOr' : 'lecturer.keyThen')}{' '}
                    </span>
                  ) : null}
                  <kbd>{keyName(key)}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(`lecturer.help.${row.id}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
