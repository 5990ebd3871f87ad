import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "capacity_building_mission" ("id" uuid not null, "network_id" uuid not null, "organiser_synergy_id" uuid null, "format" text check ("format" in ('MISSION', 'WORKSHOP', 'SEMINAR', 'EXCHANGE_SOUTH_SOUTH', 'EXCHANGE_NORTH_SOUTH', 'TRAINING_OF_TRAINERS', 'COACHING')) not null, "themes" jsonb not null, "title" varchar(200) not null, "objectives" text null, "planned_start_date" date not null, "planned_end_date" date not null, "actual_start_date" date null, "actual_end_date" date null, "country" varchar(2) null, "city" varchar(120) null, "online" boolean not null default false, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', "budget_planned" numeric(14,2) null, "budget_spent" numeric(14,2) null, "budget_currency" varchar(3) null, "participant_cells" jsonb not null, "participants_total" int not null default 0, "participants_women" int not null default 0, "participants_men" int not null default 0, "participants_other" int not null default 0, "participants_not_recorded" int not null default 0, "participants_youth" int not null default 0, "gender_score" smallint not null default 0, "gender_criteria" jsonb not null, "gender_principal_objective" boolean not null default false, "gender_justification" text null, "evaluation_forms_returned" int null, "evaluation_relevance" double precision null, "evaluation_quality" double precision null, "evaluation_usefulness" double precision null, "evaluation_learnings" text null, "review_status" text check ("review_status" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED')) null, "version" int not null default 1, "created_by_id" uuid null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "capacity_building_mission_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_building_mission_network_id_planned_start_date_index" on "capacity_building_mission" ("network_id", "planned_start_date");`);
    this.addSql(`create index "capacity_building_mission_organiser_synergy_id_pla_960d0_index" on "capacity_building_mission" ("organiser_synergy_id", "planned_start_date");`);

    this.addSql(`create table "mission_target" ("id" uuid not null, "mission_id" uuid not null, "synergy_id" uuid null, "partner_id" uuid null, "created_at" timestamptz not null, constraint "mission_target_pkey" primary key ("id"));`);
    this.addSql(`create index "mission_target_mission_id_index" on "mission_target" ("mission_id");`);
    this.addSql(`create index "mission_target_synergy_id_index" on "mission_target" ("synergy_id");`);
    this.addSql(`create index "mission_target_partner_id_index" on "mission_target" ("partner_id");`);

    this.addSql(`create table "mission_facilitator" ("id" uuid not null, "mission_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('PERSON', 'ORGANISATION')) not null, "origin" text check ("origin" in ('INTERNAL', 'EXTERNAL')) not null, "partner_id" uuid null, "created_at" timestamptz not null, constraint "mission_facilitator_pkey" primary key ("id"));`);
    this.addSql(`create index "mission_facilitator_mission_id_index" on "mission_facilitator" ("mission_id");`);

    this.addSql(`create table "follow_up_action" ("id" uuid not null, "mission_id" uuid not null, "owner_partner_id" uuid not null, "description" text not null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'DONE', 'DROPPED')) not null default 'OPEN', "done_on" date null, "dropped_reason" text null, "evidence" text null, "version" int not null default 1, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "follow_up_action_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_action_mission_id_due_date_index" on "follow_up_action" ("mission_id", "due_date");`);
    this.addSql(`create index "follow_up_action_owner_partner_id_due_date_index" on "follow_up_action" ("owner_partner_id", "due_date");`);
    this.addSql(`create index "follow_up_action_due_date_index" on "follow_up_action" ("due_date");`);

    this.addSql(`create table "capacity_building_review" ("id" uuid not null, "network_id" uuid not null, "mission_id" uuid null, "synergy_id" uuid null, "year" smallint null, "reviewer_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED')) not null default 'DRAFT', "rating_relevance" smallint null, "rating_effectiveness" smallint null, "rating_follow_up" smallint null, "rating_gender" smallint null, "comments" text null, "recommendation" text check ("recommendation" in ('CONTINUE', 'ADAPT', 'SCALE_UP', 'DISCONTINUE')) null, "change_request" text null, "organiser_response" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "approved_by_id" uuid null, "reopen_reason" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "capacity_building_review_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_building_review_network_id_status_index" on "capacity_building_review" ("network_id", "status");`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_mission_id_unique" unique ("mission_id");`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_synergy_id_year_unique" unique ("synergy_id", "year");`);

    this.addSql(`create table "capacity_assessment" ("id" uuid not null, "network_id" uuid not null, "partner_id" uuid not null, "assessed_on" date not null, "assessor" varchar(200) not null, "mission_id" uuid null, "notes" text null, "version" int not null default 1, "recorded_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "capacity_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_assessment_partner_id_assessed_on_index" on "capacity_assessment" ("partner_id", "assessed_on");`);
    this.addSql(`create index "capacity_assessment_network_id_assessed_on_index" on "capacity_assessment" ("network_id", "assessed_on");`);
    this.addSql(`create index "capacity_assessment_mission_id_index" on "capacity_assessment" ("mission_id");`);

    this.addSql(`create table "capacity_score" ("id" uuid not null, "assessment_id" uuid not null, "domain" text check ("domain" in ('GOVERNANCE', 'FINANCIAL_MANAGEMENT', 'HUMAN_RESOURCES', 'PROGRAMME_MANAGEMENT', 'NETWORKING', 'POLITICAL_ACTION', 'GENDER_MAINSTREAMING', 'COMMUNICATION')) not null, "score" smallint not null, "evidence" text null, constraint "capacity_score_pkey" primary key ("id"));`);
    this.addSql(`alter table "capacity_score" add constraint "capacity_score_assessment_id_domain_unique" unique ("assessment_id", "domain");`);

    this.addSql(`alter table "capacity_building_mission" add constraint "capacity_building_mission_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "capacity_building_mission" add constraint "capacity_building_mission_organiser_synergy_id_foreign" foreign key ("organiser_synergy_id") references "synergy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "capacity_building_mission" add constraint "capacity_building_mission_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "capacity_building_mission" add constraint "capacity_building_mission_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "mission_target" add constraint "mission_target_mission_id_foreign" foreign key ("mission_id") references "capacity_building_mission" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mission_target" add constraint "mission_target_synergy_id_foreign" foreign key ("synergy_id") references "synergy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mission_target" add constraint "mission_target_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "mission_facilitator" add constraint "mission_facilitator_mission_id_foreign" foreign key ("mission_id") references "capacity_building_mission" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mission_facilitator" add constraint "mission_facilitator_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_mission_id_foreign" foreign key ("mission_id") references "capacity_building_mission" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_owner_partner_id_foreign" foreign key ("owner_partner_id") references "partner" ("id") on update cascade;`);
    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_mission_id_foreign" foreign key ("mission_id") references "capacity_building_mission" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_synergy_id_foreign" foreign key ("synergy_id") references "synergy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "capacity_building_review" add constraint "capacity_building_review_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "capacity_assessment" add constraint "capacity_assessment_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade;`);
    this.addSql(`alter table "capacity_assessment" add constraint "capacity_assessment_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);
    this.addSql(`alter table "capacity_assessment" add constraint "capacity_assessment_mission_id_foreign" foreign key ("mission_id") references "capacity_building_mission" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "capacity_assessment" add constraint "capacity_assessment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "capacity_score" add constraint "capacity_score_assessment_id_foreign" foreign key ("assessment_id") references "capacity_assessment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mission_target" drop constraint "mission_target_mission_id_foreign";`);

    this.addSql(`alter table "mission_facilitator" drop constraint "mission_facilitator_mission_id_foreign";`);

    this.addSql(`alter table "follow_up_action" drop constraint "follow_up_action_mission_id_foreign";`);

    this.addSql(`alter table "capacity_building_review" drop constraint "capacity_building_review_mission_id_foreign";`);

    this.addSql(`alter table "capacity_assessment" drop constraint "capacity_assessment_mission_id_foreign";`);

    this.addSql(`alter table "capacity_score" drop constraint "capacity_score_assessment_id_foreign";`);

    this.addSql(`drop table if exists "capacity_building_mission" cascade;`);

    this.addSql(`drop table if exists "mission_target" cascade;`);

    this.addSql(`drop table if exists "mission_facilitator" cascade;`);

    this.addSql(`drop table if exists "follow_up_action" cascade;`);

    this.addSql(`drop table if exists "capacity_building_review" cascade;`);

    this.addSql(`drop table if exists "capacity_assessment" cascade;`);

    this.addSql(`drop table if exists "capacity_score" cascade;`);
  }

}
