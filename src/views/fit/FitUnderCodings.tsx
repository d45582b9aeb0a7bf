/**
 * "Under each coding": the profile's ranking under every coder in one small table (a row per
 * model, a column per coder, each cell its rank and similarity), and a sentence saying whether
 * the nearest model holds whichever coding one takes. Props only.
 */
import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import { formatList } from '../../i18n/format';
import type { Lang } from '../../corpus/vocabulary';
import { percent } from '../../corpus/derive';
import { TableScroll } from '../shared/TableScroll';
import type { FitUnderCodings as Fit } from './under-codings';

const MARKER_SIZE = 12;

export interface FitUnderCodingsProps {
  fit: Fit;
  /** The coder whose coding the ranking above is drawn under. */
  shownCoder: string;
  lang: Lang;
  indexOf: ReadonlyMap<string, number>;
}

export function FitUnderCodings({ fit, shownCoder, lang, indexOf }: FitUnderCodingsProps) {
  const { t } = useTranslation();
  const [only] = fit.nearest;
  if (!only) return null;
  const verdict = fit.nearestHolds
    ? t('fitCodings.holds', { model: only.name, count: fit.coders.length })
    : t('fitCodings.changes', {
        list: fit.nearest
          .map((g) =>
            t('fitCodings.nearestUnder', {
              model: g.name,
              coders: formatList(
                lang,
                g.coders.map((c) => c.name),
              ),
            }),
          )
          .join('; '),
      });
  const caption = t('fitCodings.caption');
  return (
    <section aria-labelledby="fit-codings-title" className="fit-codings">
      <h2 id="fit-codings-title">{t('fitCodings.title')}</h2>
      <p className="fit-codings__verdict">{verdict}</p>
      <TableScroll label={caption}>
        <table className="fit-codings__table table--sticky-first">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fitCodings.model')}</th>
              {fit.coders.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name}
                  {c.id === shownCoder ? (
                    <span className="fit-codings__shown">{t('fitCodings.shown')}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fit.models.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <span className="panel__model">
                    <ModelMarker index={indexOf.get(m.id) ?? 0} size={MARKER_SIZE} />
                    {m.name}
                  </span>
                </th>
                {m.places.map((p) => (
                  <td
                    key={p.coder}
                    className={`table-value${p.rank === 1 ? ' fit-codings__nearest' : ''}`}
                  >
                    {t('fitCodings.cell', {
                      rank: p.rank,
                      similarity: percent(1 - p.distance),
                    })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{t('fitCodings.note')}</p>
    </section>
  );
}
