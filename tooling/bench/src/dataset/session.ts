import { randomBytes } from 'node:crypto';
import { openDatabase, Session, hashToken, type User } from '@synergia/domain';
import type { Target } from './load.ts';

/**
 * Opens a session for a user directly in the database (the dataset's users have
 * no usable password) and returns its bearer token. lastSeenAt is now, so no
 * request of the run turns into a session write.
 */
export async function openSession(target: Target, userId: string): Promise<string> {
  const orm = await openDatabase({ ...target.options, poolMax: 1 });
  try {
    const em = orm.em.fork();
    const token = randomBytes(32).toString('base64url').replace(/^syn_/, 'ses_');
    const now = new Date();
    em.create(Session, {
      tokenHash: hashToken(token),
      user: em.getReference('User', userId) as unknown as User,
      expiresAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
      lastSeenAt: now,
      userAgent: 'synergia-bench',
    });
    await em.flush();
    return token;
  } finally {
    await orm.close(true);
  }
}
