import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152357 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_counter" ("key" varchar(120) not null, "window_start" bigint not null, "count" int not null, constraint "rate_limit_counter_pkey" primary key ("key", "window_start"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter" cascade;`);
  }

}
