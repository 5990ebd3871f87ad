/**
 * An amount as the text of a decimal column with two places: MikroORM maps
 * decimals to strings so that no float rounding reaches the database.
 */
export const amountText = (amount: number | null): string | null => (amount === null ? null : amount.toFixed(2));
