import { Migration } from '@mikro-orm/migrations';

export class Migration20261123103746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "network_id" uuid null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "entity_type" varchar(60) not null, "entity_id" varchar(60) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_network_id_at_index" on "audit_entry" ("network_id", "at");`);
    this.addSql(`create index "audit_entry_entity_id_index" on "audit_entry" ("entity_id");`);

    this.addSql(`create table "network" ("id" uuid not null, "name" varchar(200) not null, "acronym" varchar(30) null, "iati_organisation_id" varchar(100) null, "age_bands" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "network_pkey" primary key ("id"));`);

    this.addSql(`create table "partner" ("id" uuid not null, "network_id" uuid not null, "name" varchar(200) not null, "acronym" varchar(30) null, "type" text check ("type" in ('TRADE_UNION', 'INFORMAL_WORKERS_ORGANISATION', 'HEALTH_MUTUAL', 'COOPERATIVE', 'NGO', 'RESEARCH_INSTITUTE')) not null, "country" varchar(2) not null, "members_women" int null, "members_men" int null, "members_other" int null, "contact_name" varchar(200) null, "contact_email" varchar(254) null, "contact_phone" varchar(50) null, "website" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_network_id_index" on "partner" ("network_id");`);
    this.addSql(`create index "partner_country_index" on "partner" ("country");`);
    this.addSql(`alter table "partner" add constraint "partner_network_id_name_unique" unique ("network_id", "name");`);

    this.addSql(`create table "synergy" ("id" uuid not null, "network_id" uuid not null, "name" varchar(200) not null, "country" varchar(2) not null, "status" text check ("status" in ('ACTIVE', 'FORMING', 'DORMANT')) not null default 'FORMING', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "synergy_pkey" primary key ("id"));`);
    this.addSql(`create index "synergy_network_id_index" on "synergy" ("network_id");`);
    this.addSql(`create index "synergy_country_index" on "synergy" ("country");`);
    this.addSql(`alter table "synergy" add constraint "synergy_network_id_name_unique" unique ("network_id", "name");`);

    this.addSql(`create table "synergy_membership" ("id" uuid not null, "synergy_id" uuid not null, "partner_id" uuid not null, "role" text check ("role" in ('LEAD', 'MEMBER', 'OBSERVER')) not null default 'MEMBER', "since" date not null, "until" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "synergy_membership_pkey" primary key ("id"));`);
    this.addSql(`create index "synergy_membership_synergy_id_until_index" on "synergy_membership" ("synergy_id", "until");`);
    this.addSql(`create index "synergy_membership_partner_id_until_index" on "synergy_membership" ("partner_id", "until");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(255) not null, "locale" text check ("locale" in ('en', 'fr', 'es')) not null default 'en', "home_network_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "user_agent" varchar(300) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('NETWORK_ADMIN', 'NETWORK_REVIEWER', 'SYNERGY_COORDINATOR', 'PARTNER_EDITOR', 'VIEWER')) not null, "scope_type" text check ("scope_type" in ('NETWORK', 'SYNERGY', 'PARTNER')) not null, "scope_id" uuid not null, "network_id" uuid not null, "granted_by_id" uuid null, "granted_at" timestamptz not null, constraint "role_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "role_grant_user_id_index" on "role_grant" ("user_id");`);
    this.addSql(`create index "role_grant_network_id_index" on "role_grant" ("network_id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_role_scope_type_scope_id_unique" unique ("user_id", "role", "scope_type", "scope_id");`);

    this.addSql(`alter table "partner" add constraint "partner_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);

    this.addSql(`alter table "synergy" add constraint "synergy_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);

    this.addSql(`alter table "synergy_membership" add constraint "synergy_membership_synergy_id_foreign" foreign key ("synergy_id") references "synergy" ("id") on update cascade;`);
    this.addSql(`alter table "synergy_membership" add constraint "synergy_membership_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_home_network_id_foreign" foreign key ("home_network_id") references "network" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_granted_by_id_foreign" foreign key ("granted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner" drop constraint "partner_network_id_foreign";`);

    this.addSql(`alter table "synergy" drop constraint "synergy_network_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_home_network_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_network_id_foreign";`);

    this.addSql(`alter table "synergy_membership" drop constraint "synergy_membership_partner_id_foreign";`);

    this.addSql(`alter table "synergy_membership" drop constraint "synergy_membership_synergy_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_user_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_granted_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "synergy" cascade;`);

    this.addSql(`drop table if exists "synergy_membership" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);
  }

}
