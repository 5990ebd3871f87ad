import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity" ("id" uuid not null, "network_id" uuid not null, "partner_id" uuid not null, "synergy_id" uuid null, "type" text check ("type" in ('AWARENESS_RAISING', 'BASIC_TRAINING', 'ADVANCED_TRAINING', 'ORGANISING_MOBILISING', 'INDIVIDUAL_SUPPORT', 'RESEARCH_STUDY', 'POLITICAL_ACTION')) not null, "sub_type" text check ("sub_type" in ('LEGAL_AID', 'HEALTH_CONSULTATION', 'ACCESS_TO_SOCIAL_PROTECTION', 'SOLIDARITY_ECONOMY', 'MOBILISATION', 'MEETING_DECISION_MAKERS', 'POSITION_PAPER', 'DRAFT_LAW')) null, "title" varchar(200) not null, "description" text null, "start_date" date not null, "end_date" date not null, "country" varchar(2) not null, "place" varchar(200) null, "branches" jsonb not null, "worker_categories" jsonb not null, "informal_sectors" jsonb not null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', "participant_cells" jsonb not null, "participants_total" int not null default 0, "participants_women" int not null default 0, "participants_men" int not null default 0, "participants_other" int not null default 0, "participants_not_recorded" int not null default 0, "participants_youth" int not null default 0, "gender_score" smallint not null default 0, "gender_criteria" jsonb not null, "gender_principal_objective" boolean not null default false, "gender_justification" text null, "version" int not null default 1, "created_by_id" uuid null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "activity_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_network_id_start_date_index" on "activity" ("network_id", "start_date");`);
    this.addSql(`create index "activity_partner_id_start_date_index" on "activity" ("partner_id", "start_date");`);
    this.addSql(`create index "activity_synergy_id_start_date_index" on "activity" ("synergy_id", "start_date");`);

    this.addSql(`alter table "activity" add constraint "activity_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_synergy_id_foreign" foreign key ("synergy_id") references "synergy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "activity" add constraint "activity_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "activity" add constraint "activity_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity" cascade;`);
  }

}
