import { useTranslation } from 'react-i18next';

/** The links an outcome's evidence is at, opened in a new tab; nothing when there are none. */
export function EvidenceLinks({ links }: { links: readonly string[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <ul className="outcome-log__links" aria-label={t('jointActions.outcomes.links')}>
      {links.map((link) => (
        <li key={link}>
          <a href={link} rel="noopener noreferrer" target="_blank">
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}
