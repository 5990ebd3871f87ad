import type { Actor, Session, User } from '@synergia/domain';

/** The signed-in user behind the `Viewer` type. */
export type Viewer = { user: User; session: Session; actor: Actor };
