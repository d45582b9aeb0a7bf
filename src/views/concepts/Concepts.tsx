import { useTranslation } from '../../i18n/react';
import { useBundle } from '../../state/selectors';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { Glossary } from './Glossary';

/** The primer: the article's general material on clusters, each item with its quotes. */
export function Concepts() {
  const { t } = useTranslation();
  const { items } = useBundle().concepts;
  return (
    <>
      <h1>{t('concepts.title')}</h1>
      <p className="lead">{t('concepts.intro')}</p>
      {items.length === 0 ? <p className="notice-inline">{t('concepts.empty')}</p> : null}
      <nav className="toc" aria-label={t('concepts.contents')}>
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#concept-${item.id}`}>{item.title}</a>
            </li>
          ))}
          <li>
            <a href="#glossary">{t('glossary.title')}</a>
          </li>
        </ol>
      </nav>
      {items.map((item) => (
        <section
          key={item.id}
          id={`concept-${item.id}`}
          className="concept"
          aria-labelledby={`concept-${item.id}-title`}
        >
          <h2 id={`concept-${item.id}-title`}>{item.title}</h2>
          <p>{item.summary}</p>
          {item.points.length > 0 ? (
            <ul>
              {item.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : null}
          <h3 className="evidence-heading">{t('concepts.evidence')}</h3>
          {item.evidence.map((e) => (
            <EvidenceQuote key={e.id} evidence={e} />
          ))}
        </section>
      ))}
      <Glossary />
    </>
  );
}
