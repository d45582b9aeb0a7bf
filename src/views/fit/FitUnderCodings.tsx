/**
 * "Under each coding": the profile's ranking under every coder in one small table (a row per
 * model, a column per coder, each cell its rank and similarity), and a sentence saying whether
 * the nearest model holds whichever coding one takes. Props only.
 */
import { useTranslation } from '../../i18n/react';
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
        {/* Explicit roles: on a phone the rows are laid out as a grid (display: contents), which
            would otherwise drop the table's structure for screen readers. */}
        <table className="fit-codings__table table--sticky-first" role="table">
          <caption>{caption}</caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('fitCodings.model')}
              </th>
              {fit.coders.map((c) => (
                <th scope="col" role="columnheader" key={c.id}>
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
              <tr key={m.id} role="row">
                <th scope="row" role="rowheader">
                  <span className="panel__model">
                    <ModelMarker index={indexOf.get(m.id) ?? 0} size={MARKER_SIZE} />
                    {m.name}
                  </span>
                </th>
                {m.places.map((p) => (
                  <td
                    // The explicit role keeps it a cell when its row is laid out as a grid.
                    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
                    role="cell"
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
