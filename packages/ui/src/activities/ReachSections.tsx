import { useTranslation } from 'react-i18next';
import { GenderMarkerDetails, type GenderMarkerDetailsProps } from './GenderMarkerDetails.tsx';
import type { AgeBandLike, ParticipantCellLike } from './participant-grid.ts';
import { ParticipantsTable } from './ParticipantsTable.tsx';

/** Whom an activity or a joint action reached (a subset of the API's). */
export type ReachLike = {
  network: { ageBands: readonly AgeBandLike[] };
  participants: { cells: readonly ParticipantCellLike[] };
  genderMarker: GenderMarkerDetailsProps['marker'];
};

export type ReachSectionsProps = {
  /** Prefix of the headings' ids, `<prefix>-participants-heading` and `<prefix>-gender-heading`. */
  idPrefix: string;
  /** The sections' class. */
  className: string;
  /** Names the participants table. */
  caption: string;
  subject: ReachLike;
  locale: string;
};

/** Who took part, by sex and age, and the gender marker: the last two cards of an activity's or a joint action's details. */
export function ReachSections({ idPrefix, className, caption, subject, locale }: ReachSectionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <section className={className} aria-labelledby={`${idPrefix}-participants-heading`}>
        <h2 id={`${idPrefix}-participants-heading`}>{t('activities.details.participantsHeading')}</h2>
        <ParticipantsTable caption={caption} bands={subject.network.ageBands} cells={subject.participants.cells} locale={locale} />
      </section>
      <section className={className} aria-labelledby={`${idPrefix}-gender-heading`}>
        <h2 id={`${idPrefix}-gender-heading`}>{t('activities.details.genderMarker')}</h2>
        <GenderMarkerDetails marker={subject.genderMarker} />
      </section>
    </>
  );
}
