/** The model page's shorter lists: examples, facts, and lessons (strengths and challenges). */
import { useTranslation } from '../../i18n/react';
import type { Model } from '../../corpus/schema';
import { useTextLang } from '../../state/selectors';
import type { PageItem } from './derive';
import { ItemQuotes } from './ItemQuotes';
import { NoneNote } from './PageSection';
import { useFactText } from './useFactText';

export function ExampleList({ items }: { items: PageItem<Model['examples'][number]>[] }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  return (
    <ul className="model-items">
      {items.map(({ index, item, quotes }) => (
        <li key={index} id={`model-example-${index}`} className="model-item">
          <p className="model-item__head">
            <span lang={langOf(item.name)}>{item.name}</span>{' '}
            <span className="model-item__kind">({t(`modelPage.exampleKind.${item.kind}`)})</span>
          </p>
          <ItemQuotes quotes={quotes} />
        </li>
      ))}
    </ul>
  );
}

export function FactList({ items }: { items: PageItem<Model['facts'][number]>[] }) {
  const langOf = useTextLang();
  const factText = useFactText();
  return (
    <ul className="model-items">
      {items.map(({ index, item, quotes }) => (
        <li key={index} id={`model-fact-${index}`} className="model-item">
          {/* The figure first, large and bold, the label on its own line under it; a hidden
              dash keeps the two apart for a screen reader and in copied text. */}
          <p className="model-fact">
            <strong className="model-fact__value">{factText(item)}</strong>
            <span className="visually-hidden"> — </span>
            <span className="model-fact__label" lang={langOf(item.label)}>
              {item.label}
            </span>
          </p>
          <ItemQuotes quotes={quotes} />
        </li>
      ))}
    </ul>
  );
}

function LessonItems({ items }: { items: PageItem<Model['lessons'][number]>[] }) {
  const langOf = useTextLang();
  return (
    <ul className="model-items">
      {items.map(({ index, item, quotes }) => (
        <li key={index} id={`model-lesson-${index}`} className="model-item">
          <p lang={langOf(item.text)}>{item.text}</p>
          <ItemQuotes quotes={quotes} />
        </li>
      ))}
    </ul>
  );
}

export function LessonLists({
  strengths,
  challenges,
}: {
  strengths: PageItem<Model['lessons'][number]>[];
  challenges: PageItem<Model['lessons'][number]>[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="model-group">
        <h3>{t('modelPage.strengths')}</h3>
        {strengths.length > 0 ? (
          <LessonItems items={strengths} />
        ) : (
          <NoneNote>{t('modelPage.noStrengths')}</NoneNote>
        )}
      </div>
      <div className="model-group">
        <h3>{t('modelPage.challenges')}</h3>
        {challenges.length > 0 ? (
          <LessonItems items={challenges} />
        ) : (
          <NoneNote>{t('modelPage.noChallenges')}</NoneNote>
        )}
      </div>
    </>
  );
}
