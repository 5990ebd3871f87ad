/**
 * How many requests a client may make per window. Each limit counts in the
 * database, so every gateway process sharing it enforces the same budget.
 * 0 turns a limit off.
 */
export type RateLimits = {
  /** Requests to the API per API token (`token:<id>`). */
  perToken: number;
  /** Requests to the API per client address (`ip:<address>`), with or without a token. */
  perIp: number;
  /** `signIn` mutations per client address (`sign-in:<address>`), on top of `perIp`. */
  signInPerIp: number;
  /** Length of the fixed window, in seconds; windows start at multiples of it since the epoch. */
  windowSeconds: number;
};

export const defaultRateLimits: RateLimits = { perToken: 600, perIp: 1200, signInPerIp: 20, windowSeconds: 60 };

const variables = {
  perToken: 'RATE_LIMIT_PER_TOKEN',
  perIp: 'RATE_LIMIT_PER_IP',
  signInPerIp: 'RATE_LIMIT_SIGN_IN_PER_IP',
  windowSeconds: 'RATE_LIMIT_WINDOW_SECONDS',
} as const satisfies Record<keyof RateLimits, string>;

/**
 * The limits from the environment (RATE_LIMIT_PER_TOKEN, RATE_LIMIT_PER_IP,
 * RATE_LIMIT_SIGN_IN_PER_IP, RATE_LIMIT_WINDOW_SECONDS), the defaults for
 * those unset or empty. Throws on a value that is not a whole number, so a
 * typo does not silently turn a limit off.
 */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const limits = { ...defaultRateLimits };
  for (const [field, name] of Object.entries(variables) as [keyof RateLimits, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    const minimum = field === 'windowSeconds' ? 1 : 0;
    if (!/^\d+$/.test(raw) || value < minimum) {
      throw new Error(`${name} must be a whole number${minimum ? ' of at least 1' : ' (0 turns the limit off)'}, not "${raw}"`);
    }
    limits[field] = value;
  }
  return limits;
}
