import '../../missions/missions.css';
import { capacityBuildingEnumKey, DetailItem, FormAlert, formatDateRange, formatDateTime, formatNumber, GenderMarkerDetails, nameWithAcronym, ParticipantsTable, regionalLocale, useDocumentTitle } from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { AddFollowUpForm } from '../../missions/AddFollowUpForm.tsx';
import { CapacityPanel } from '../../missions/CapacityPanel.tsx';
import { EvaluationPanel } from '../../missions/EvaluationPanel.tsx';
import { FollowUpTable } from '../../missions/FollowUpTable.tsx';
import { LockedBanner } from '../../missions/LockedBanner.tsx';
import { MissionReviewCard } from '../../missions/MissionReviewCard.tsx';
import { MissionStatusCard } from '../../missions/MissionStatusCard.tsx';
import { usePlaceText } from '../../missions/MissionTable.tsx';
import { MissionDetailQuery } from '../../missions/missions.documents.ts';
import { useMissionChoices } from '../../missions/useMissionChoices.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';

const MISSION_CONTEXT = { additionalTypenames: ['FollowUpAction', 'CapacityAssessment', 'CapacityBuildingReview'] };

/**
 * One mission: what, when, where and for whom; its status and the moves from
 * it; participants with the shares of women and young people; the gender
 * marker; the evaluation; follow-up actions; capacity assessments and the
 * change they show; and the network's review. An approved review locks it.
 */
export function MissionDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { missionId = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'created' | 'saved' } | null)?.notice;
  const { network, isAdmin } = useCurrentNetwork();
  const choices = useMissionChoices(network?.id ?? '');
  const placeText = usePlaceText();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MissionDetailQuery, variables: { id: missionId }, context: MISSION_CONTEXT });
  const mission = data?.mission;
  useDocumentTitle(mission?.title ?? t('continental.missions.title'), t('continental.appName'));

  // Follow-ups stay open to change while the review locks the mission: its organiser (or a network admin) still adds them.
  const canAddFollowUp = mission ? mission.viewerCan.update || (mission.locked && (isAdmin || mission.followUps.some((f) => f.viewerCan.delete))) : false;
  const money = (amount: number | null | undefined, currency: string | null | undefined) =>
    amount === null || amount === undefined ? '' : currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount) : formatNumber(amount, locale);

  return (
    <div className="page">
      <BackLink to="/missions">{t('continental.missions.back')}</BackLink>
      <RecordLoadState
        answered={Boolean(data)}
        found={Boolean(mission)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        notFound={t('continental.missions.notFound')}
      />
      {mission ? (
        <>
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{mission.organiserName}</p>
              <h1>{mission.title}</h1>
              <p className="muted">
                {t(capacityBuildingEnumKey('MissionFormat', mission.format))} · {formatDateRange(mission.plannedStartDate, mission.plannedEndDate, locale)}
                {placeText(mission.place) ? ` · ${placeText(mission.place)}` : ''}
              </p>
            </div>
            {mission.viewerCan.update && !mission.locked ? (
              <p>
                <Link to={`/missions/${encodeURIComponent(mission.id)}/edit`} className="button">
                  {t('continental.missions.editButton')}
                </Link>
              </p>
            ) : null}
          </div>

          {notice ? <FormAlert tone="success" title={t(`continental.missions.notice.${notice}`)} /> : null}
          {mission.locked ? <LockedBanner reviewId={mission.review?.id ?? null} /> : null}

          <div className="mission-cards">
            <MissionStatusCard mission={mission} />
            <MissionReviewCard mission={mission} />
          </div>

          <section className="card" aria-labelledby="mission-details-heading">
            <h2 id="mission-details-heading">{t('continental.missions.details')}</h2>
            <dl className="details-list">
              <DetailItem term={t('continental.missions.fields.organiser')}>{mission.organiserName}</DetailItem>
              <DetailItem term={t('continental.missions.fields.format')}>{t(capacityBuildingEnumKey('MissionFormat', mission.format))}</DetailItem>
              <DetailItem term={t('continental.missions.fields.themes')}>{mission.themes.map((theme) => t(capacityBuildingEnumKey('CapacityTheme', theme))).join(', ')}</DetailItem>
              <DetailItem term={t('continental.missions.fields.objectives')}>{mission.objectives}</DetailItem>
              <DetailItem term={t('continental.missions.fields.plannedDates')}>{formatDateRange(mission.plannedStartDate, mission.plannedEndDate, locale)}</DetailItem>
              <DetailItem term={t('continental.missions.fields.actualDates')}>
                {mission.actualStartDate ? formatDateRange(mission.actualStartDate, mission.actualEndDate ?? mission.actualStartDate, locale) : ''}
              </DetailItem>
              <DetailItem term={t('continental.missions.fields.place')}>{placeText(mission.place)}</DetailItem>
              <DetailItem term={t('continental.missions.fields.targetSynergies')}>
                {mission.targetSynergies.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/synergies/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                  </span>
                ))}
              </DetailItem>
              <DetailItem term={t('continental.missions.fields.targetPartners')}>{mission.targetPartners.map((p) => nameWithAcronym(p)).join(', ')}</DetailItem>
              <DetailItem term={t('continental.missions.fields.facilitators')}>
                {mission.facilitators.length > 0 ? (
                  <ul className="plain-list">
                    {mission.facilitators.map((f) => (
                      <li key={f.id}>
                        {f.name} ({t(capacityBuildingEnumKey('FacilitatorKind', f.kind))}, {t(capacityBuildingEnumKey('FacilitatorOrigin', f.origin))}
                        {f.partner ? `, ${f.partner.name}` : ''})
                      </li>
                    ))}
                  </ul>
                ) : null}
              </DetailItem>
              <DetailItem term={t('continental.missions.fields.budgetPlanned')}>{money(mission.budget.planned, mission.budget.currency)}</DetailItem>
              <DetailItem term={t('continental.missions.fields.budgetSpent')}>{money(mission.budget.spent, mission.budget.currency)}</DetailItem>
              <DetailItem term={t('continental.missions.recorded')}>
                {t('continental.missions.recordedBy', { date: formatDateTime(mission.createdAt, locale), name: mission.createdBy?.name ?? '—' })}
              </DetailItem>
              <DetailItem term={t('continental.missions.changed')}>
                {t('continental.missions.recordedBy', { date: formatDateTime(mission.updatedAt, locale), name: mission.updatedBy?.name ?? '—' })}
              </DetailItem>
            </dl>
          </section>

          <section className="card" aria-labelledby="mission-participants-heading">
            <h2 id="mission-participants-heading">{t('continental.missions.fields.participants')}</h2>
            <ParticipantsTable caption={t('continental.missions.participantsCaption')} bands={mission.network.ageBands} cells={mission.participants.cells} locale={locale} />
          </section>

          <section className="card" aria-labelledby="mission-gender-heading">
            <h2 id="mission-gender-heading">{t('continental.missions.genderMarker')}</h2>
            <GenderMarkerDetails marker={mission.genderMarker} />
          </section>

          <EvaluationPanel mission={mission} locale={locale} />

          <section className="card" aria-labelledby="mission-follow-ups-heading">
            <h2 id="mission-follow-ups-heading">{t('continental.followUps.heading')}</h2>
            {added ? <FormAlert tone="success" title={t('continental.followUps.added')} /> : null}
            <FollowUpTable
              rows={mission.followUps}
              caption={t('continental.followUps.missionCaption', { title: mission.title })}
              locale={locale}
              empty={<p className="muted">{t('continental.followUps.none')}</p>}
            />
            {canAddFollowUp && !adding ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setAdded(false);
                  setAdding(true);
                }}
              >
                {t('continental.followUps.add')}
              </button>
            ) : null}
            {canAddFollowUp && adding ? (
              <AddFollowUpForm
                missionId={mission.id}
                targetPartners={mission.targetPartners.map((p) => ({ value: p.id, label: nameWithAcronym(p) }))}
                otherPartners={choices.partners}
                onAdded={() => {
                  setAdding(false);
                  setAdded(true);
                }}
              />
            ) : null}
          </section>

          <CapacityPanel mission={mission} locale={locale} />
        </>
      ) : null}
    </div>
  );
}
