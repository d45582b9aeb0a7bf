import type { Codebook } from '../../corpus/schema';
import { useTextLang } from '../../state/selectors';
import type { InstrumentTypeGroup } from './derive';
import { ItemQuotes } from './ItemQuotes';

/** Instruments under their type, in the codebook's order of types. */
export function InstrumentList({
  groups,
  codebook,
}: {
  groups: InstrumentTypeGroup[];
  codebook: Codebook;
}) {
  const langOf = useTextLang();
  const typeName = (id: string) => codebook.instrumentTypes.find((a) => a.id === id)?.label ?? id;
  return (
    <>
      {groups.map((group) => (
        <div key={group.type} className="model-group">
          <h3>{typeName(group.type)}</h3>
          <ul className="model-items">
            {group.instruments.map(({ item, quotes }) => (
              <li key={item.id} id={`model-instrument-${item.id}`} className="model-item">
                <p className="model-item__head" lang={langOf(item.label)}>
                  {item.label}
                </p>
                <p lang={langOf(item.description)}>{item.description}</p>
                <ItemQuotes quotes={quotes} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
