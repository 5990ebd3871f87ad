import { validationError, type UserError } from '../shared/errors.ts';

/** An age band participants are counted in (set per network). */
export type AgeBand = {
  id: string;
  label: string;
  minAge: number | null;
  maxAge: number | null;
  youth: boolean;
};

/** DOMAIN.md's default bands: under 18, 18–35 (youth), 36–59, 60+. */
export const defaultAgeBands = (): AgeBand[] => [
  { id: 'under-18', label: 'Under 18', minAge: null, maxAge: 17, youth: false },
  { id: '18-35', label: '18–35', minAge: 18, maxAge: 35, youth: true },
  { id: '36-59', label: '36–59', minAge: 36, maxAge: 59, youth: false },
  { id: '60-plus', label: '60+', minAge: 60, maxAge: null, youth: false },
];

/**
 * Bands must cover every age once: ordered, contiguous, open at both ends,
 * with unique ids and exactly one youth band.
 */
export function validateAgeBands(bands: AgeBand[]): UserError[] {
  const errors: UserError[] = [];
  const at = (index: number, field: string) => ['ageBands', String(index), field];
  if (bands.length === 0) return [validationError(['ageBands'], 'ageBands: at least one band is needed')];
  const youthCount = bands.filter((band) => band.youth).length;
  if (youthCount !== 1) errors.push(validationError(['ageBands'], `ageBands: exactly one band must be the youth band (found ${youthCount})`));
  const ids = new Set<string>();
  bands.forEach((band, index) => {
    if (!/^[a-z0-9-]{1,20}$/.test(band.id)) errors.push(validationError(at(index, 'id'), 'id: use 1 to 20 lower-case letters, digits or dashes'));
    if (ids.has(band.id)) errors.push(validationError(at(index, 'id'), `id: "${band.id}" is used twice`));
    ids.add(band.id);
    if (!band.label.trim()) errors.push(validationError(at(index, 'label'), 'label: must not be empty'));
    if (index === 0 && band.minAge !== null) errors.push(validationError(at(index, 'minAge'), 'minAge: the first band must start at any age (null)'));
    if (index === bands.length - 1 && band.maxAge !== null) errors.push(validationError(at(index, 'maxAge'), 'maxAge: the last band must have no upper age (null)'));
    const previous = bands[index - 1];
    if (previous && (previous.maxAge === null || band.minAge !== previous.maxAge + 1)) {
      errors.push(validationError(at(index, 'minAge'), `minAge: must follow the previous band without gap or overlap`));
    }
    if (band.minAge !== null && band.maxAge !== null && band.maxAge < band.minAge) {
      errors.push(validationError(at(index, 'maxAge'), 'maxAge: must not be below minAge'));
    }
  });
  return errors;
}
