import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ActivityStatusBadge, capacityBuildingEnumKey, DetailItem, formatDateRange, formatNumber, formatPercent, GenderMarkerScoreBadge } from '@synergia/ui';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { RecordPageMessages, useRecordPageMessages } from '../../components/RecordPageMessages.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import type { Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { EvaluationSection } from '../../missions/EvaluationSection.tsx';
import { FollowUpActions } from '../../missions/FollowUpActions.tsx';
import { ReviewPanel } from '../../missions/ReviewPanel.tsx';
import { MissionDetailQuery } from '../../missions/missions.documents.ts';
import { missionsPath } from '../missions/MissionListPage.tsx';

/**
 * One capacity-building mission, read mostly: its details, participants,
 * the continental review (answering a change request here), the
 * participants' evaluation (corrected here by those who may change the
 * mission, until the review is approved) and its follow-up actions (reported
 * on here). Missions themselves are planned and edited in the continental app.
 */
export function MissionDetailPage() {
  const { missionId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const messages = useRecordPageMessages();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MissionDetailQuery, variables: { id: missionId } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const mission = data?.mission;
  if (!mission) return <RecordPending result={{ data, fetching, error }} onRetry={reload} />;

  const organiser = mission.organiserSynergy;
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (organiser) crumbs.push({ to: `/synergies/${encodeURIComponent(organiser.id)}`, label: organiser.name });
  crumbs.push({ to: missionsPath(organiser?.id ?? ''), label: t('national.missions.nav') });
  const { place, budget, participants } = mission;
  const where = [place.city, place.countryName].filter(Boolean).join(', ');
  const placeText = place.online ? (where ? t('national.missions.place.hybrid', { place: where }) : t('national.missions.place.online')) : where;
  const money = (amount: number | null | undefined) => (amount == null ? '' : `${budget.currency ?? ''} ${formatNumber(amount, locale)}`.trim());
  const onNotice = (notice: Notice) => {
    messages.setErrors([]);
    messages.setNotice(notice);
  };

  return (
    <>
      <PageHeader
        title={mission.title}
        crumbs={crumbs}
        subtitle={
          <>
            <ActivityStatusBadge status={mission.status} /> · {t(capacityBuildingEnumKey('MissionFormat', mission.format))} · {mission.organiserName}
            {mission.locked ? ` · ${t('national.missions.locked.badge')}` : null}
          </>
        }
      />
      <RecordPageMessages
        messages={messages}
        refusedTitle={t('national.missions.detail.refused')}
        conflictTitle={t('national.missions.detail.conflictTitle')}
        conflictBody={t('national.missions.detail.conflictBody')}
        onReload={reload}
      />

      <ReviewPanel review={mission.review} locale={locale} onNotice={onNotice} onReload={reload} />

      <section className="card" aria-labelledby="mission-details-heading">
        <h2 id="mission-details-heading">{t('national.missions.detail.details')}</h2>
        <dl className="details-list">
          <DetailItem term={t('national.missions.fields.organiser')}>{mission.organiserName}</DetailItem>
          <DetailItem term={t('national.missions.fields.format')}>{t(capacityBuildingEnumKey('MissionFormat', mission.format))}</DetailItem>
          <DetailItem term={t('national.missions.fields.themes')}>{mission.themes.map((theme) => t(capacityBuildingEnumKey('CapacityTheme', theme))).join(', ')}</DetailItem>
          <DetailItem term={t('national.missions.fields.objectives')}>{mission.objectives ? <span className="preserve-lines">{mission.objectives}</span> : null}</DetailItem>
          <DetailItem term={t('national.missions.fields.plannedDates')}>{formatDateRange(mission.plannedStartDate, mission.plannedEndDate, locale)}</DetailItem>
          <DetailItem term={t('national.missions.fields.actualDates')}>
            {mission.actualStartDate ? formatDateRange(mission.actualStartDate, mission.actualEndDate ?? mission.actualStartDate, locale) : null}
          </DetailItem>
          <DetailItem term={t('national.missions.fields.place')}>{placeText}</DetailItem>
          <DetailItem term={t('national.missions.fields.targetSynergies')}>{mission.targetSynergies.map((s) => s.name).join(', ')}</DetailItem>
          <DetailItem term={t('national.missions.fields.targetPartners')}>{mission.targetPartners.map((p) => p.name).join(', ')}</DetailItem>
          <DetailItem term={t('national.missions.fields.facilitators')}>
            {mission.facilitators
              .map((f) => `${f.name} (${t(capacityBuildingEnumKey('FacilitatorKind', f.kind))}, ${t(capacityBuildingEnumKey('FacilitatorOrigin', f.origin))})`)
              .join('; ')}
          </DetailItem>
          <DetailItem term={t('national.missions.fields.budgetPlanned')}>{money(budget.planned)}</DetailItem>
          <DetailItem term={t('national.missions.fields.budgetSpent')}>{money(budget.spent)}</DetailItem>
          <DetailItem term={t('national.missions.fields.genderMarker')}>
            <GenderMarkerScoreBadge score={mission.genderMarker.score} />
          </DetailItem>
        </dl>
      </section>

      <section className="card" aria-labelledby="mission-participants-heading">
        <h2 id="mission-participants-heading">{t('national.missions.detail.participants')}</h2>
        <p>
          {t('national.missions.detail.participantsSummary', {
            total: formatNumber(participants.total, locale),
            women: formatPercent(participants.womenShare, locale) || '—',
            youth: formatPercent(participants.youthShare, locale) || '—',
          })}
        </p>
      </section>

      <EvaluationSection mission={mission} locale={locale} onNotice={onNotice} onReload={reload} />

      <section className="card" aria-labelledby="mission-follow-ups-heading">
        <h2 id="mission-follow-ups-heading">{t('national.followUps.heading')}</h2>
        <FollowUpActions
          rows={mission.followUps}
          caption={t('national.followUps.captionMission', { title: mission.title })}
          empty={<p className="muted">{t('national.followUps.noneForMission')}</p>}
          locale={locale}
          onNotice={onNotice}
          onReload={reload}
        />
      </section>
    </>
  );
}
