import { useTranslation } from '../../i18n/react';
import type { CompareFilters } from './disagreement';

/** Which catalogue line says why rows are hidden (or the matrix is empty), by the filters on. */
function filterReason(filters: CompareFilters): 'differences' | 'disagreements' | 'both' | null {
  if (filters.onlyDifferences && filters.onlyDisagreements) return 'both';
  if (filters.onlyDifferences) return 'differences';
  if (filters.onlyDisagreements) return 'disagreements';
  return null;
}

/**
 * The matrix's filters: only the rows where the models differ, only the rows where the coders
 * disagree on some model (offered when the corpus has more than one coder), or both at once.
 */
export function CompareFilterControls({
  filters,
  onChange,
  canDisagree,
  hidden,
}: {
  filters: CompareFilters;
  onChange: (next: CompareFilters) => void;
  canDisagree: boolean;
  hidden: number;
}) {
  const { t } = useTranslation();
  const reason = filterReason(filters);
  return (
    <div className="compare-controls">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={filters.onlyDifferences}
          onChange={(e) => onChange({ ...filters, onlyDifferences: e.target.checked })}
        />
        {t('compare.onlyDifferences')}
      </label>
      {canDisagree ? (
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={filters.onlyDisagreements}
            onChange={(e) => onChange({ ...filters, onlyDisagreements: e.target.checked })}
          />
          {t('codingsCompare.onlyDisagreements')}
        </label>
      ) : null}
      {reason ? (
        <span className="muted">
          {reason === 'differences'
            ? t('compare.hiddenRows', { count: hidden })
            : t(`codingsCompare.hidden.${reason}`, { count: hidden })}
        </span>
      ) : null}
    </div>
  );
}

/** What an empty matrix means, in words, by the filters that emptied it. */
export function EmptyNote({ filters }: { filters: CompareFilters }) {
  const { t } = useTranslation();
  const reason = filterReason(filters);
  if (!reason) return null;
  return (
    <p className="compare-empty" role="status">
      {reason === 'differences' ? t('compare.noDifferences') : t(`codingsCompare.empty.${reason}`)}
    </p>
  );
}
