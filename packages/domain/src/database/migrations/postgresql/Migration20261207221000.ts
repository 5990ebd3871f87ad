import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand (the entity differ knows nothing of triggers): every change
 * to what authentication reads notifies `synergia_auth_changed` when it
 * commits, so each gateway process can drop the sessions and API tokens it
 * keeps between requests (users/auth-change-feed.ts). A new session or token
 * makes nothing kept stale, so inserts into those two tables do not notify.
 */
export class Migration20261207221000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "synergia_auth_changed"() returns trigger language plpgsql as $$ begin perform pg_notify('synergia_auth_changed', tg_table_name); return null; end $$;`);
    this.addSql(`create trigger "session_auth_changed" after update or delete or truncate on "session" for each statement execute function "synergia_auth_changed"();`);
    this.addSql(`create trigger "api_token_auth_changed" after update or delete or truncate on "api_token" for each statement execute function "synergia_auth_changed"();`);
    this.addSql(`create trigger "app_user_auth_changed" after update or delete or truncate on "app_user" for each statement execute function "synergia_auth_changed"();`);
    this.addSql(`create trigger "role_grant_auth_changed" after insert or update or delete or truncate on "role_grant" for each statement execute function "synergia_auth_changed"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "session_auth_changed" on "session";`);
    this.addSql(`drop trigger if exists "api_token_auth_changed" on "api_token";`);
    this.addSql(`drop trigger if exists "app_user_auth_changed" on "app_user";`);
    this.addSql(`drop trigger if exists "role_grant_auth_changed" on "role_grant";`);
    this.addSql(`drop function if exists "synergia_auth_changed"();`);
  }

}
