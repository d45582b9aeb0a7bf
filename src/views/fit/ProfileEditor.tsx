import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import { useBundle } from '../../state/selectors';
import type { Profile, ProfileValues } from '../../corpus/profile';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
import { blankProfile, profileFromModel, rebalance } from '../../corpus/profile';

type OrdinalKey = 'stateRole' | 'firmHierarchy' | 'universityIndustry';

function OrdinalControl({
  dimension,
  value,
  onChange,
}: {
  dimension: OrdinalKey;
  value: number;
  onChange: (v: number) => void;
}) {
  const { codebook } = useBundle();
  const dim = codebook.dimensions.find((d) => d.id === dimension);
  const name = useId();
  return (
    <fieldset className="profile-control">
      <legend>{dim?.label}</legend>
      <p className="muted">{dim?.question}</p>
      <div className="step-options">
        {(dim?.steps ?? []).map((s) => (
          <label
            key={s.value}
            className={value === s.value ? 'step-option step-option--checked' : 'step-option'}
          >
            <input
              type="radio"
              name={name}
              value={s.value}
              checked={value === s.value}
              onChange={() => onChange(s.value)}
            />
            <span>
              <strong>
                {s.value} — {s.label}
              </strong>
              <span className="step-option__definition">{s.definition}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SharesControl<K extends string>({
  dimension,
  keys,
  shares,
  onChange,
  labelOf,
}: {
  dimension: 'governanceLevel' | 'sectorFocus';
  keys: readonly K[];
  shares: Record<K, number>;
  onChange: (next: Record<K, number>) => void;
  labelOf: (k: K) => string;
}) {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const dim = codebook.dimensions.find((d) => d.id === dimension);
  const baseId = useId();
  return (
    <fieldset className="profile-control">
      <legend>{dim?.label}</legend>
      <p className="muted">
        {dim?.question} {t('fit.sharesHint')}
      </p>
      {keys.map((k) => {
        const id = `${baseId}-${k}`;
        const pct = Math.round(shares[k] * 100);
        const definition = dim?.categories?.find((c) => c.id === k)?.definition;
        return (
          <div key={k} className="share-slider">
            <label htmlFor={id}>
              {labelOf(k)} <output htmlFor={id}>{pct}%</output>
            </label>
            <input
              id={id}
              type="range"
              min={0}
              max={100}
              step={1}
              value={pct}
              aria-valuetext={`${labelOf(k)} ${pct}%`}
              aria-describedby={`${id}-def`}
              onChange={(e) => onChange(rebalance(shares, k, Number(e.target.value) / 100))}
            />
            <span id={`${id}-def`} className="step-option__definition">
              {definition}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The full editor: one control per codebook dimension, every step with its definition, shares by
 * slider (always summing to 100%), and a model to start from.
 */
export function ProfileEditor({
  profile,
  onChange,
}: {
  profile: Profile;
  onChange: (p: Profile) => void;
}) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const nameId = useId();
  const startId = useId();
  const setValues = (values: Partial<ProfileValues>) =>
    onChange({ ...profile, values: { ...profile.values, ...values } });
  return (
    // Shown inside the "adjust exactly" disclosure, whose summary names it.
    <div className="profile-editor">
      <div className="profile-editor__top">
        <label htmlFor={nameId}>{t('fit.name')}</label>
        <input
          id={nameId}
          type="text"
          maxLength={80}
          value={profile.name}
          onChange={(e) => onChange({ ...profile, name: e.target.value })}
        />
        <label htmlFor={startId}>{t('fit.startFrom')}</label>
        <select
          id={startId}
          value=""
          onChange={(e) => {
            const model = bundle.models.find((m) => m.id === e.target.value);
            if (e.target.value === 'blank') onChange(blankProfile(profile.name));
            else if (model) onChange(profileFromModel(model, profile.name));
          }}
        >
          <option value="" disabled>
            {t('fit.choose')}
          </option>
          <option value="blank">{t('fit.blank')}</option>
          {bundle.models.map((m) => (
            <option key={m.id} value={m.id}>
              {t('fit.copyOf', { model: m.name })}
            </option>
          ))}
        </select>
      </div>
      <OrdinalControl
        dimension="stateRole"
        value={profile.values.stateRole}
        onChange={(v) => setValues({ stateRole: v })}
      />
      <SharesControl
        dimension="governanceLevel"
        keys={GOVERNANCE_LEVELS}
        shares={profile.values.governanceLevel}
        onChange={(next) => setValues({ governanceLevel: next })}
        labelOf={(k) => t(`levels.${k}`)}
      />
      <SharesControl
        dimension="sectorFocus"
        keys={SECTOR_FAMILIES}
        shares={profile.values.sectorFocus}
        onChange={(next) => setValues({ sectorFocus: next })}
        labelOf={(k) => t(`families.${k}`)}
      />
      <OrdinalControl
        dimension="firmHierarchy"
        value={profile.values.firmHierarchy}
        onChange={(v) => setValues({ firmHierarchy: v })}
      />
      <OrdinalControl
        dimension="universityIndustry"
        value={profile.values.universityIndustry}
        onChange={(v) => setValues({ universityIndustry: v })}
      />
    </div>
  );
}
