/**
 * How far the chosen coders agree, one row per dimension: the share of models they code alike, the
 * mean distance between their values, Krippendorff's alpha with its metric and what it lets a
 * reader conclude, and the models they disagree on. Props only.
 */
import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../corpus/vocabulary';
import { TableScroll } from '../shared/TableScroll';
import type { AgreementRow } from './agreement-derive';

/** Alpha to two decimals, as Krippendorff reports it; distances to one. */
const ALPHA_DIGITS = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const DISTANCE_DIGITS = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const MARKER_SIZE = 12;

export interface AgreementTableProps {
  rows: readonly AgreementRow[];
  caption: string;
  lang: Lang;
  /** Each model's name and its place in the corpus (which decides its colour and marker). */
  models: ReadonlyMap<string, { name: string; index: number }>;
}

export function AgreementTable({ rows, caption, lang, models }: AgreementTableProps) {
  const { t } = useTranslation();
  const number = (n: number, digits: Intl.NumberFormatOptions) => formatNumber(lang, n, digits);
  return (
    <TableScroll label={caption}>
      <table className="agreement-table table--sticky-first">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreement.dimension')}</th>
            <th scope="col">{t('agreement.exact')}</th>
            <th scope="col">{t('agreement.distance')}</th>
            <th scope="col">{t('agreement.alpha')}</th>
            <th scope="col">{t('agreement.disagreeing')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.dimension} data-dimension={row.dimension}>
              <th scope="row">{row.label}</th>
              <td>
                {row.exact === null
                  ? '—'
                  : t('agreement.exactValue', {
                      agreeing: row.agreeing,
                      count: row.models,
                      percent: Math.round(row.exact * 100),
                    })}
              </td>
              <td className="table-value">
                {row.meanDistance === null
                  ? '—'
                  : // Always one decimal, so always the plural a fraction takes: no count.
                    t(row.kind === 'ordinal' ? 'agreement.steps' : 'agreement.points', {
                      value: number(row.meanDistance, DISTANCE_DIGITS),
                    })}
              </td>
              <td className="agreement-alpha">
                <span className="agreement-alpha__value">
                  {row.alpha.alpha === null ? '—' : number(row.alpha.alpha, ALPHA_DIGITS)}
                </span>{' '}
                <span className="agreement-alpha__metric">
                  {t(`agreement.metric.${row.metric}`)}
                </span>
                <span
                  className={`agreement-alpha__reading agreement-alpha__reading--${row.reading}`}
                >
                  {t(`agreement.reading.${row.reading}`)}
                </span>
              </td>
              <td>
                {row.disagreeing.length === 0 ? (
                  t('agreement.none')
                ) : (
                  <ul className="agreement-models">
                    {row.disagreeing.map((id) => {
                      const model = models.get(id);
                      return (
                        <li key={id}>
                          <ModelMarker index={model?.index ?? 0} size={MARKER_SIZE} />
                          {model?.name ?? id}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
