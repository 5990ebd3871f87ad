import { useTranslation } from 'react-i18next';
import { useCurrentNetwork } from './NetworkContext.tsx';

/** Lets a user with roles in several networks switch between them; renders nothing otherwise. */
export function NetworkPicker() {
  const { t } = useTranslation();
  const { network, networks, select } = useCurrentNetwork();
  if (networks.length < 2 || !network) return null;
  return (
    <div className="network-picker">
      <label htmlFor="network-picker">{t('continental.network.pick')}</label>
      <select id="network-picker" value={network.id} onChange={(e) => select(e.target.value)}>
        {networks.map((n) => (
          <option key={n.id} value={n.id}>
            {n.acronym ? `${n.name} (${n.acronym})` : n.name}
          </option>
        ))}
      </select>
    </div>
  );
}
