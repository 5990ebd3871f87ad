import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_token" ("id" uuid not null, "user_id" uuid not null, "name" varchar(100) not null, "access" text check ("access" in ('READ_ONLY', 'READ_WRITE')) not null, "token_hash" varchar(64) not null, "prefix" varchar(20) not null, "scope_role_grant_ids" jsonb not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
