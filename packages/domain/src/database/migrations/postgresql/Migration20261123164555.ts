import { Migration } from '@mikro-orm/migrations';

export class Migration20261123164555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "joint_action" ("id" uuid not null, "network_id" uuid not null, "synergy_id" uuid null, "kind" text check ("kind" in ('JOINT_SERVICE', 'JOINT_CAMPAIGN', 'POLITICAL_ACTION')) not null, "title" varchar(200) not null, "objective" text null, "branches" jsonb not null, "country" varchar(2) null, "planned_start_date" date not null, "planned_end_date" date not null, "actual_start_date" date null, "actual_end_date" date null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', "stage_reached" text check ("stage_reached" in ('AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION')) null, "no_outcome_reason" text null, "participant_cells" jsonb not null, "participants_total" int not null default 0, "participants_women" int not null default 0, "participants_men" int not null default 0, "participants_other" int not null default 0, "participants_not_recorded" int not null default 0, "participants_youth" int not null default 0, "gender_score" smallint not null default 0, "gender_criteria" jsonb not null, "gender_principal_objective" boolean not null default false, "gender_justification" text null, "version" int not null default 1, "created_by_id" uuid null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "joint_action_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_action_network_id_planned_start_date_index" on "joint_action" ("network_id", "planned_start_date");`);
    this.addSql(`create index "joint_action_synergy_id_planned_start_date_index" on "joint_action" ("synergy_id", "planned_start_date");`);

    this.addSql(`create table "policy_target" ("id" uuid not null, "joint_action_id" uuid not null, "name" varchar(200) not null, "level" text check ("level" in ('LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL')) not null, "ask_kind" text check ("ask_kind" in ('POSITION_PAPER', 'DRAFT_LAW', 'MEETING')) not null, "ask" text null, "created_at" timestamptz not null, constraint "policy_target_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_target_joint_action_id_index" on "policy_target" ("joint_action_id");`);

    this.addSql(`create table "policy_outcome" ("id" uuid not null, "joint_action_id" uuid not null, "observed_on" date not null, "description" text not null, "stage" text check ("stage" in ('AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION')) null, "evidence" text null, "evidence_links" jsonb not null, "contribution" text check ("contribution" in ('DECISIVE', 'SIGNIFICANT', 'PARTIAL', 'MINOR')) not null, "recorded_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "policy_outcome_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_outcome_joint_action_id_observed_on_index" on "policy_outcome" ("joint_action_id", "observed_on");`);
    this.addSql(`create index "policy_outcome_observed_on_index" on "policy_outcome" ("observed_on");`);

    this.addSql(`create table "joint_action_partner" ("id" uuid not null, "joint_action_id" uuid not null, "partner_id" uuid not null, "role" text check ("role" in ('LEAD', 'CO_ORGANISER', 'CONTRIBUTOR')) not null, "contribution_people" int null, "contribution_amount" numeric(14,2) null, "contribution_currency" varchar(3) null, "contribution_in_kind" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "joint_action_partner_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_action_partner_partner_id_index" on "joint_action_partner" ("partner_id");`);
    this.addSql(`alter table "joint_action_partner" add constraint "joint_action_partner_joint_action_id_partner_id_unique" unique ("joint_action_id", "partner_id");`);

    this.addSql(`create table "joint_action_milestone" ("id" uuid not null, "joint_action_id" uuid not null, "title" varchar(200) not null, "due_date" date not null, "done_date" date null, "responsible_partner_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "joint_action_milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_action_milestone_joint_action_id_due_date_index" on "joint_action_milestone" ("joint_action_id", "due_date");`);
    this.addSql(`create index "joint_action_milestone_due_date_index" on "joint_action_milestone" ("due_date");`);

    this.addSql(`alter table "joint_action" add constraint "joint_action_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "joint_action" add constraint "joint_action_synergy_id_foreign" foreign key ("synergy_id") references "synergy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "joint_action" add constraint "joint_action_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "joint_action" add constraint "joint_action_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "policy_target" add constraint "policy_target_joint_action_id_foreign" foreign key ("joint_action_id") references "joint_action" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "policy_outcome" add constraint "policy_outcome_joint_action_id_foreign" foreign key ("joint_action_id") references "joint_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_outcome" add constraint "policy_outcome_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "joint_action_partner" add constraint "joint_action_partner_joint_action_id_foreign" foreign key ("joint_action_id") references "joint_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "joint_action_partner" add constraint "joint_action_partner_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table "joint_action_milestone" add constraint "joint_action_milestone_joint_action_id_foreign" foreign key ("joint_action_id") references "joint_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "joint_action_milestone" add constraint "joint_action_milestone_responsible_partner_id_foreign" foreign key ("responsible_partner_id") references "partner" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_target" drop constraint "policy_target_joint_action_id_foreign";`);

    this.addSql(`alter table "policy_outcome" drop constraint "policy_outcome_joint_action_id_foreign";`);

    this.addSql(`alter table "joint_action_partner" drop constraint "joint_action_partner_joint_action_id_foreign";`);

    this.addSql(`alter table "joint_action_milestone" drop constraint "joint_action_milestone_joint_action_id_foreign";`);

    this.addSql(`drop table if exists "joint_action" cascade;`);

    this.addSql(`drop table if exists "policy_target" cascade;`);

    this.addSql(`drop table if exists "policy_outcome" cascade;`);

    this.addSql(`drop table if exists "joint_action_partner" cascade;`);

    this.addSql(`drop table if exists "joint_action_milestone" cascade;`);
  }

}
