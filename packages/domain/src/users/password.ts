import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended memory-hard parameters). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the e-mail is unknown so both cases take as long. */
let decoyHash: Promise<string> | null = null;
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hashPassword(`decoy-${Math.random()}`));
