import { p } from '@mikro-orm/core';
import type { ParticipantCell } from './participant-counts.rules.ts';
import type { GenderCriterion } from './gender-marker.rules.ts';

/**
 * The participants and gender marker value objects as entity properties,
 * shared by activities, joint actions and missions so each stores them the
 * same way: the grid as JSON on the row, the totals derived from it on every
 * write and kept in columns for sorting and for the database's aggregates.
 */
export const participantProperties = {
  participantCells: p.json<ParticipantCell[]>(),
  participantsTotal: p.integer().default(0),
  participantsWomen: p.integer().default(0),
  participantsMen: p.integer().default(0),
  participantsOther: p.integer().default(0),
  participantsNotRecorded: p.integer().default(0),
  participantsYouth: p.integer().default(0),
};

export const genderMarkerProperties = {
  genderScore: p.smallint().default(0),
  /** The checklist criteria met. */
  genderCriteria: p.json<GenderCriterion[]>(),
  genderPrincipalObjective: p.boolean().default(false),
  genderJustification: p.text().nullable(),
};

/** What the participants and gender marker helpers read and write on any entity that has them. */
export type ParticipantColumns = {
  participantCells: ParticipantCell[];
  participantsTotal: number;
  participantsWomen: number;
  participantsMen: number;
  participantsOther: number;
  participantsNotRecorded: number;
  participantsYouth: number;
};
export type GenderMarkerColumns = {
  genderScore: number;
  genderCriteria: GenderCriterion[];
  genderPrincipalObjective: boolean;
  genderJustification?: string | null;
};
