/**
 * The domain's pure rules and vocabularies, with no ORM or Node dependency,
 * for the web apps to mirror the API's checks while a person types (the API
 * stays the authority). Import as `@synergia/domain/rules`.
 */
export * from './activities/activity.vocabulary.ts';
export * from './activities/activity.filter.ts';
export * from './activities/activity-status.rules.ts';
export * from './activities/gender-marker.rules.ts';
export * from './activities/participant-counts.rules.ts';
export * from './networks/age-bands.rules.ts';
export { isIsoDate } from './shared/dates.ts';
export * from './joint-actions/joint-action.vocabulary.ts';
export type { JointActionFilter, JointActionOrder } from './joint-actions/joint-action.filter.ts';
export * from './missions/capacity-building.vocabulary.ts';
export * from './capacity-building-reviews/review.rules.ts';
