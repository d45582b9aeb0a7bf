import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import type { DimensionId, Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import { moveToward } from '../../profile/directions';
import { useModelIndex } from '../../state/selectors';
import { isFolded } from '../../profile/move-folded';
import { MoveDimension } from './MoveDimension';

/**
 * What would move the region toward a chosen model (the nearest unless the reader picks another):
 * per dimension which way and how far, then what the model has on that side, grouped under the
 * quotes that show it, each quote once in the whole answer.
 */
export const MoveToward = memo(function MoveToward({
  profile,
  models,
  targetId,
  onTarget,
}: {
  profile: Profile;
  models: readonly Model[];
  targetId: string | undefined;
  onTarget: (id: string) => void;
}) {
  const { t } = useTranslation();
  const indexOf = useModelIndex();
  const target = models.find((m) => m.id === targetId);
  const moves = useMemo(
    () => (target ? moveToward(profile.values, target) : []),
    [profile.values, target],
  );
  // Which dimensions show all their quotes: a line pointing to a quote folded away under an
  // earlier dimension unfolds that dimension before it scrolls there.
  const [expanded, setExpanded] = useState<ReadonlySet<DimensionId>>(new Set());
  const [shownFor, setShownFor] = useState(targetId);
  if (shownFor !== targetId) {
    setShownFor(targetId);
    setExpanded(new Set());
  }
  const setOpen = useCallback((dimension: DimensionId, open: boolean) => {
    setExpanded((now) => {
      const next = new Set(now);
      if (open) next.add(dimension);
      else next.delete(dimension);
      return next;
    });
  }, []);
  const goToQuote = useCallback(
    (dimension: DimensionId, evidenceId: string) => {
      const move = moves.find((m) => m.dimension === dimension);
      if (move && isFolded(move, evidenceId)) setOpen(dimension, true);
      // After the unfolded quotes are drawn.
      requestAnimationFrame(() => {
        const quote = document.getElementById(`move-evidence-${evidenceId}`);
        quote?.scrollIntoView({ block: 'center' });
        quote?.focus({ preventScroll: true });
      });
    },
    [moves, setOpen],
  );
  return (
    <section aria-labelledby="move-title" className="fit-move">
      <h2 id="move-title">
        {target ? (
          <>
            <ModelMarker index={indexOf.get(target.id) ?? 0} size={16} />{' '}
          </>
        ) : null}
        {t('fitMove.title', { model: target?.name ?? '' })}
      </h2>
      <div className="fit-move__choose">
        <label className="inline-field">
          {t('fitMove.target')}
          <select value={targetId ?? ''} onChange={(e) => onTarget(e.target.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        {target ? (
          <p className="muted fit-move__intro">{t('fitMove.intro', { model: target.name })}</p>
        ) : null}
      </div>
      {target ? (
        <>
          {moves.map((move) => (
            <MoveDimension
              key={move.dimension}
              move={move}
              model={target.name}
              expanded={expanded.has(move.dimension)}
              onExpanded={(open) => setOpen(move.dimension, open)}
              onGoToQuote={goToQuote}
            />
          ))}
        </>
      ) : null}
    </section>
  );
});
