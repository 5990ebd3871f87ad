import { z } from 'zod';
import { validationError, type Result, type UserError } from './errors.ts';

/** Turns zod issues into ValidationErrors that name the input field and the problem. */
export function toValidationErrors(error: z.ZodError): UserError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.at(-1) ?? 'input';
    return validationError(path.length ? path : ['input'], `${field}: ${issue.message}`);
  });
}

/** Parses input with a zod schema, returning typed data or field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: toValidationErrors(parsed.error) };
}
