import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { RoleGrant } from './role-grant.entity.ts';

export const locales = ['en', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];

/** A person who signs in. E-mail is stored lower-cased so it is unique regardless of case. */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    email: p.string().length(254).unique(),
    name: p.string().length(200),
    passwordHash: p.string().length(255).hidden(),
    locale: p.enum([...locales]).default('en'),
    /** The network whose admins manage this account. */
    homeNetwork: () => p.manyToOne(Network).ref().nullable(),
    /** The roles held, oldest first: lets authentication load them with the session in one statement. */
    grants: () => p.oneToMany(RoleGrant).mappedBy('user').orderBy({ grantedAt: 'asc', id: 'asc' }),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type User = InferEntity<typeof User>;
