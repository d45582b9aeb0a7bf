import { useTranslation } from '../../i18n/react';
import { useBundle } from '../../state/selectors';
import { Agreement } from './Agreement';
import { VisualKey } from './VisualKey';

/** The source article, its reference markers, how the corpus was coded, and the format. */
export function Sources() {
  const { t } = useTranslation();
  const { sources, codebook } = useBundle();
  return (
    <>
      <h1>{t('sources.title')}</h1>
      {sources.length === 0 ? <p className="notice-inline">{t('sources.empty')}</p> : null}
      {sources.map((source) => (
        <section key={source.id} aria-labelledby={`source-${source.id}`}>
          <h2 id={`source-${source.id}`}>{t('sources.article')}</h2>
          <p className="source-title">
            <cite>{source.title}</cite> — {source.kind}
          </p>
          {source.url ? (
            <p>
              {/* The schema accepts only http(s) addresses here, so a corpus cannot plant a script link. */}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {t('sources.readOnline')}: {source.url}
              </a>
            </p>
          ) : null}
          <p>{source.description}</p>
          <p>{source.note}</p>
          <h3>{t('sources.references')}</h3>
          <p>{t('sources.referencesNote')}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sources.marker')}</th>
                  <th scope="col">{t('sources.supports')}</th>
                  <th scope="col">{t('sources.where')}</th>
                </tr>
              </thead>
              <tbody>
                {source.references.map((r) => (
                  <tr key={r.marker}>
                    <th scope="row">{r.marker}</th>
                    <td>{r.supports}</td>
                    <td>
                      {r.locators
                        .map((l) => `[${t('evidence.locator', { number: l.replace(/^p/, '') })}]`)
                        .join(' ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('sources.method')}</h2>
          {source.method.map((m) => (
            <section key={m.heading} aria-label={m.heading}>
              <h3>{m.heading}</h3>
              <p>{m.text}</p>
            </section>
          ))}
        </section>
      ))}
      <Agreement />
      <h2>{t('sources.confidence')}</h2>
      <dl className="definitions">
        {codebook.confidence.map((c) => (
          <div key={c.id}>
            <dt>{c.label}</dt>
            <dd>{c.definition}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('sources.dimensions')}</h2>
      <p>{t('sources.corpusVersion', { version: codebook.version })}</p>
      {codebook.dimensions.map((d) => (
        <section key={d.id} aria-labelledby={`dimension-${d.id}`}>
          <h3 id={`dimension-${d.id}`}>{d.label}</h3>
          <p>{d.question}</p>
          <dl className="definitions">
            {(d.steps ?? []).map((s) => (
              <div key={s.value}>
                <dt>
                  {s.value} — {s.label}
                </dt>
                <dd>{s.definition}</dd>
              </div>
            ))}
            {(d.categories ?? []).map((c) => (
              <div key={c.id}>
                <dt>{c.label}</dt>
                <dd>{c.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <VisualKey />
      <h2 id="corpus-format">{t('sources.schema')}</h2>
      <p>{t('sources.formatLoad')}</p>
      <p>
        {t('sources.schemaText')}{' '}
        <a href="corpus.schema.json" download>
          {t('sources.schemaLink')}
        </a>
      </p>
    </>
  );
}
