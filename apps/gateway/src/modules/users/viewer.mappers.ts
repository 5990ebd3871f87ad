import type { Actor, ApiToken, Session, User } from '@synergia/domain';

/** The signed-in user behind the `Viewer` type, with the session or the API token the request came with. */
export type Viewer = { user: User; session: Session | null; apiToken: ApiToken | null; actor: Actor };
