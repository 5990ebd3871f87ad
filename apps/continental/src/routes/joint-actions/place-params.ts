import { hasJointActionFilters, type JointActionFilterValue, type JointActionListParams } from '@synergia/ui';

// What the continental list filters on beyond the national list's filters:
// the country (?country=PH) and who owns the action (?owner=continental for
// the network's own, ?owner=synergies for the synergies'). Kept in the URL
// next to the shared list's keys, which the shared list leaves alone.

export type JointActionOwner = '' | 'continental' | 'synergies';
export const JOINT_ACTION_OWNERS = ['continental', 'synergies'] as const;

export type PlaceParams = { country: string; owner: JointActionOwner };
export const EMPTY_PLACE_PARAMS: PlaceParams = { country: '', owner: '' };

/** Reads the country and owner from a query string; anything malformed is ignored. */
export function parsePlaceParams(params: URLSearchParams): PlaceParams {
  const country = (params.get('country') ?? '').trim().toUpperCase();
  const owner = (params.get('owner') ?? '').trim().toLowerCase();
  return {
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    owner: owner === 'continental' || owner === 'synergies' ? owner : '',
  };
}

/** Writes the country and owner into a query string, leaving the other keys alone. */
export function writePlaceParams(place: PlaceParams, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  next.delete('country');
  next.delete('owner');
  if (place.country) next.set('country', place.country);
  if (place.owner) next.set('owner', place.owner);
  return next;
}

/** The shared list's filter narrowed to the country and owner. */
export function withPlace(filter: JointActionFilterValue, place: PlaceParams): JointActionFilterValue {
  const next = { ...filter };
  if (place.country) next.countries = [place.country];
  if (place.owner) next.continental = place.owner === 'continental';
  return next;
}

export const hasPlace = (place: PlaceParams): boolean => place.country !== '' || place.owner !== '';

/**
 * Whether a change of the shared list clears every filter ("Clear filters",
 * or taking away the last one with the order unchanged); then the country and
 * owner go too, so clearing never leaves a list narrowed by a filter out of view.
 */
export const clearsAll = (previous: JointActionListParams, next: JointActionListParams): boolean =>
  !hasJointActionFilters(next) && previous.order.field === next.order.field && previous.order.direction === next.order.direction;
