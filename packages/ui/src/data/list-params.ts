import { isIsoDate } from '@synergia/domain/rules';
import { isOneOf, type OrderDirection } from '../activities/activity-vocabulary.ts';

// The readers and writer every list's URL filters share (activities, joint
// actions, the outcome log): a malformed value reads as "any", never as an error.

/** The longest free text a list takes from the URL. */
const MAX_TEXT = 200;

/** A text value, trimmed and cut to a sane length; "" when absent. */
export function textParam(params: URLSearchParams, key: string): string {
  return (params.get(key) ?? '').trim().slice(0, MAX_TEXT);
}

/** One value of a vocabulary, whatever its case; "" when absent or unknown. */
export function oneOfParam<T extends string>(values: readonly T[], raw: string | null): T | '' {
  const value = (raw ?? '').trim().toUpperCase();
  return isOneOf(values, value) ? value : '';
}

/** A real calendar day written YYYY-MM-DD; "" otherwise. */
export function dayParam(params: URLSearchParams, key: string): string {
  const value = textParam(params, key);
  return isIsoDate(value) ? value : '';
}

/** An ISO 3166-1 alpha-2 code, upper case; "" otherwise. */
export function countryParam(params: URLSearchParams, key = 'country'): string {
  const value = textParam(params, key).toUpperCase();
  return /^[A-Z]{2}$/.test(value) ? value : '';
}

/** `base` with every key of `values` replaced by its value, or removed where the value is empty; other keys stay. */
export function withParams(base: URLSearchParams, values: Readonly<Record<string, string>>): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of Object.keys(values)) next.delete(key);
  for (const [key, value] of Object.entries(values)) if (value) next.set(key, value);
  return next;
}

/** How a list's order is spelled in the URL: `?sort=<name>&order=asc|desc`, each left out when it is the default. */
export type OrderParams<Field extends string> = {
  /** The URL name of each field. */
  names: Readonly<Record<Field, string>>;
  /** The direction each field sorts in unless the URL says otherwise. */
  directions: Readonly<Record<Field, OrderDirection>>;
  /** The order when the URL names none. */
  fallback: { field: Field; direction: OrderDirection };
};

/** Reads `sort` and `order`; an unknown field is the default one, an unknown direction the field's own. */
export function readOrderParams<Field extends string>(params: URLSearchParams, spec: OrderParams<Field>): { field: Field; direction: OrderDirection } {
  const sortName = textParam(params, 'sort').toLowerCase();
  const field = (Object.keys(spec.names) as Field[]).find((f) => spec.names[f] === sortName) ?? spec.fallback.field;
  const orderName = textParam(params, 'order').toLowerCase();
  const direction: OrderDirection = orderName === 'asc' ? 'ASC' : orderName === 'desc' ? 'DESC' : spec.directions[field];
  return { field, direction };
}

/** The `sort` and `order` values for withParams: empty where they are the default. */
export function orderParamValues<Field extends string>(order: { field: Field; direction: OrderDirection }, spec: OrderParams<Field>): { sort: string; order: string } {
  const ownDirection = order.direction === spec.directions[order.field];
  if (order.field === spec.fallback.field && ownDirection) return { sort: '', order: '' };
  return { sort: spec.names[order.field], order: ownDirection ? '' : order.direction.toLowerCase() };
}

/** The list fields a page's fixed synergy or partner stands for: they are not the user's filters. */
export function fixedListKeys({ synergyId, partnerId }: { synergyId?: string; partnerId?: string }): ('synergyId' | 'partnerId')[] {
  return [...(synergyId ? (['synergyId'] as const) : []), ...(partnerId ? (['partnerId'] as const) : [])];
}

/** The network, synergy and partner the API is asked for: the page's fixed ones over the URL's; left out when none is named. */
export function scopeFilter(
  list: { synergyId: string; partnerId: string },
  fixed: { networkId?: string; synergyId?: string; partnerId?: string },
): { networkId?: string; synergyId?: string; partnerId?: string } {
  const scope: { networkId?: string; synergyId?: string; partnerId?: string } = {};
  if (fixed.networkId) scope.networkId = fixed.networkId;
  const synergyId = fixed.synergyId || list.synergyId;
  if (synergyId) scope.synergyId = synergyId;
  const partnerId = fixed.partnerId || list.partnerId;
  if (partnerId) scope.partnerId = partnerId;
  return scope;
}
