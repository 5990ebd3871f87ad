import { capacityBuildingEnumKey, DataTable, formatDate, formatNumber, nameWithAcronym } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContinentalMissionQuery } from '../gql/graphql.ts';

type MissionWithCapacity = NonNullable<ContinentalMissionQuery['mission']>;

/** "+0.8", "−0.3", "0": a change in average score, signed. */
export function signedChange(value: number, locale: string): string {
  const formatted = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
  return formatted;
}

/**
 * The capacity assessments linked to the mission, and how its target
 * partners' capacity changed domain by domain (the last assessment before it
 * against the latest within a year after it).
 */
export function CapacityPanel({ mission, locale }: { mission: MissionWithCapacity; locale: string }) {
  const { t } = useTranslation();
  const score = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(Math.round(value * 100) / 100, locale));
  return (
    <section className="card" aria-labelledby="mission-capacity-heading">
      <h2 id="mission-capacity-heading">{t('continental.missions.capacity.heading')}</h2>
      <h3>{t('continental.missions.capacity.changeHeading')}</h3>
      {mission.capacityChange.length === 0 ? (
        <p className="muted">{t('continental.missions.capacity.noChange')}</p>
      ) : (
        <>
          <ul>
            {mission.capacityChange.map((c) => (
              <li key={c.domain}>
                {t('continental.missions.capacity.sentence', {
                  count: c.partners,
                  formatted: formatNumber(c.partners, locale),
                  domain: t(capacityBuildingEnumKey('CapacityDomain', c.domain)),
                  change: signedChange(c.averageChange, locale),
                })}
              </li>
            ))}
          </ul>
          <DataTable
            caption={t('continental.missions.capacity.changeCaption')}
            rows={mission.capacityChange}
            rowKey={(c) => c.domain}
            columns={[
              { key: 'domain', header: t('continental.missions.capacity.domain'), render: (c) => t(capacityBuildingEnumKey('CapacityDomain', c.domain)) },
              { key: 'partners', header: t('continental.missions.capacity.partners'), numeric: true, render: (c) => formatNumber(c.partners, locale) },
              { key: 'before', header: t('continental.missions.capacity.before'), numeric: true, render: (c) => score(c.averageBefore) },
              { key: 'after', header: t('continental.missions.capacity.after'), numeric: true, render: (c) => score(c.averageAfter) },
              { key: 'change', header: t('continental.missions.capacity.change'), numeric: true, render: (c) => signedChange(c.averageChange, locale) },
            ]}
          />
        </>
      )}
      <h3>{t('continental.missions.capacity.assessmentsHeading')}</h3>
      <DataTable
        caption={t('continental.missions.capacity.assessmentsCaption')}
        captionHidden
        rows={mission.assessments}
        rowKey={(a) => a.id}
        empty={<p className="muted">{t('continental.missions.capacity.noAssessments')}</p>}
        columns={[
          { key: 'partner', header: t('continental.missions.capacity.partner'), render: (a) => <Link to={`/partners/${encodeURIComponent(a.partner.id)}/capacity`}>{nameWithAcronym(a.partner)}</Link> },
          { key: 'date', header: t('continental.missions.capacity.assessedOn'), render: (a) => formatDate(a.assessedOn, locale) },
          { key: 'assessor', header: t('continental.missions.capacity.assessor'), render: (a) => a.assessor },
          { key: 'average', header: t('continental.missions.capacity.average'), numeric: true, render: (a) => score(a.averageScore) },
        ]}
      />
    </section>
  );
}
