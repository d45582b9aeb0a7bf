import { useTranslation } from '../../i18n/react';
import type { Codebook } from '../../corpus/schema';
import { useTextLang } from '../../state/selectors';
import type { ActorLevelGroup } from './derive';
import { ItemQuotes } from './ItemQuotes';

/** Actors under their level of government (public bodies) or together (the rest), then by type. */
export function ActorList({ groups, codebook }: { groups: ActorLevelGroup[]; codebook: Codebook }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  const typeName = (id: string) => codebook.actorTypes.find((a) => a.id === id)?.label ?? id;
  return (
    <>
      {groups.map((group) => (
        <div key={group.level ?? 'none'} className="model-group">
          <h3>
            {group.level
              ? t('modelPage.levelGroup', { level: t(`levels.${group.level}`) })
              : t('modelPage.notPublic')}
          </h3>
          {group.types.map((type) => (
            <div key={type.type} className="model-subgroup">
              <h4>{typeName(type.type)}</h4>
              <ul className="model-items">
                {type.actors.map(({ item, quotes }) => (
                  <li key={item.id} id={`model-actor-${item.id}`} className="model-item">
                    <p className="model-item__head" lang={langOf(item.label)}>
                      {item.label}
                    </p>
                    <p lang={langOf(item.role)}>{item.role}</p>
                    <ItemQuotes quotes={quotes} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
