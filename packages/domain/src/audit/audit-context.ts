import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is changing things right now; read by the audit subscriber at flush time. */
export type AuditActor = { userId: string | null };

const storage = new AsyncLocalStorage<AuditActor>();

/** Runs `work` so that every flush inside it is recorded as done by `actor`. */
export const runAsActor = <T>(actor: AuditActor, work: () => Promise<T>): Promise<T> => storage.run(actor, work);

export const currentAuditActor = (): AuditActor => storage.getStore() ?? { userId: null };
