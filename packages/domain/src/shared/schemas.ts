import { z } from 'zod';
import { isCountryCode } from './countries.ts';
import { isIsoDate } from './dates.ts';

/** Reusable field schemas: the same rules for every feature, with messages that say what is wrong. */
export const requiredText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must have at least ${min} characters`)
    .max(max, `must have at most ${max} characters`);

/** Optional text: empty string and null both mean "none". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must have at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code, e.g. PH');

export const isoDate = z.string().refine(isIsoDate, 'must be a date in the form YYYY-MM-DD');

export const optionalEmail = z
  .string()
  .trim()
  .max(254, 'must have at most 254 characters')
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || z.email().safeParse(value).success, 'must be an e-mail address');

export const optionalUrl = z
  .string()
  .trim()
  .max(500, 'must have at most 500 characters')
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), 'must be a web address starting with http:// or https://');

export const count = (max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max.toLocaleString('en')}`);
