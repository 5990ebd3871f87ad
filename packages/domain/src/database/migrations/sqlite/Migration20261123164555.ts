import { Migration } from '@mikro-orm/migrations';

export class Migration20261123164555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`joint_action\` (\`id\` text not null, \`network_id\` text not null, \`synergy_id\` text null, \`kind\` text check (\`kind\` in ('JOINT_SERVICE', 'JOINT_CAMPAIGN', 'POLITICAL_ACTION')) not null, \`title\` text not null, \`objective\` text null, \`branches\` json not null, \`country\` text null, \`planned_start_date\` date not null, \`planned_end_date\` date not null, \`actual_start_date\` date null, \`actual_end_date\` date null, \`status\` text check (\`status\` in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', \`stage_reached\` text check (\`stage_reached\` in ('AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION')) null, \`no_outcome_reason\` text null, \`participant_cells\` json not null, \`participants_total\` integer not null default 0, \`participants_women\` integer not null default 0, \`participants_men\` integer not null default 0, \`participants_other\` integer not null default 0, \`participants_not_recorded\` integer not null default 0, \`participants_youth\` integer not null default 0, \`gender_score\` integer not null default 0, \`gender_criteria\` json not null, \`gender_principal_objective\` integer not null default false, \`gender_justification\` text null, \`version\` integer not null default 1, \`created_by_id\` text null, \`updated_by_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`joint_action_network_id_foreign\` foreign key(\`network_id\`) references \`network\`(\`id\`) on update cascade, constraint \`joint_action_synergy_id_foreign\` foreign key(\`synergy_id\`) references \`synergy\`(\`id\`) on delete set null on update cascade, constraint \`joint_action_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`joint_action_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`joint_action_network_id_index\` on \`joint_action\` (\`network_id\`);`);
    this.addSql(`create index \`joint_action_synergy_id_index\` on \`joint_action\` (\`synergy_id\`);`);
    this.addSql(`create index \`joint_action_created_by_id_index\` on \`joint_action\` (\`created_by_id\`);`);
    this.addSql(`create index \`joint_action_updated_by_id_index\` on \`joint_action\` (\`updated_by_id\`);`);
    this.addSql(`create index \`joint_action_network_id_planned_start_date_index\` on \`joint_action\` (\`network_id\`, \`planned_start_date\`);`);
    this.addSql(`create index \`joint_action_synergy_id_planned_start_date_index\` on \`joint_action\` (\`synergy_id\`, \`planned_start_date\`);`);

    this.addSql(`create table \`policy_target\` (\`id\` text not null, \`joint_action_id\` text not null, \`name\` text not null, \`level\` text check (\`level\` in ('LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL')) not null, \`ask_kind\` text check (\`ask_kind\` in ('POSITION_PAPER', 'DRAFT_LAW', 'MEETING')) not null, \`ask\` text null, \`created_at\` datetime not null, constraint \`policy_target_joint_action_id_foreign\` foreign key(\`joint_action_id\`) references \`joint_action\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`policy_target_joint_action_id_index\` on \`policy_target\` (\`joint_action_id\`);`);

    this.addSql(`create table \`policy_outcome\` (\`id\` text not null, \`joint_action_id\` text not null, \`observed_on\` date not null, \`description\` text not null, \`stage\` text check (\`stage\` in ('AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION')) null, \`evidence\` text null, \`evidence_links\` json not null, \`contribution\` text check (\`contribution\` in ('DECISIVE', 'SIGNIFICANT', 'PARTIAL', 'MINOR')) not null, \`recorded_by_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`policy_outcome_joint_action_id_foreign\` foreign key(\`joint_action_id\`) references \`joint_action\`(\`id\`) on delete cascade on update cascade, constraint \`policy_outcome_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`policy_outcome_joint_action_id_index\` on \`policy_outcome\` (\`joint_action_id\`);`);
    this.addSql(`create index \`policy_outcome_recorded_by_id_index\` on \`policy_outcome\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`policy_outcome_joint_action_id_observed_on_index\` on \`policy_outcome\` (\`joint_action_id\`, \`observed_on\`);`);
    this.addSql(`create index \`policy_outcome_observed_on_index\` on \`policy_outcome\` (\`observed_on\`);`);

    this.addSql(`create table \`joint_action_partner\` (\`id\` text not null, \`joint_action_id\` text not null, \`partner_id\` text not null, \`role\` text check (\`role\` in ('LEAD', 'CO_ORGANISER', 'CONTRIBUTOR')) not null, \`contribution_people\` integer null, \`contribution_amount\` numeric(14,2) null, \`contribution_currency\` text null, \`contribution_in_kind\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`joint_action_partner_joint_action_id_foreign\` foreign key(\`joint_action_id\`) references \`joint_action\`(\`id\`) on delete cascade on update cascade, constraint \`joint_action_partner_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`joint_action_partner_joint_action_id_index\` on \`joint_action_partner\` (\`joint_action_id\`);`);
    this.addSql(`create index \`joint_action_partner_partner_id_index\` on \`joint_action_partner\` (\`partner_id\`);`);
    this.addSql(`create unique index \`joint_action_partner_joint_action_id_partner_id_unique\` on \`joint_action_partner\` (\`joint_action_id\`, \`partner_id\`);`);

    this.addSql(`create table \`joint_action_milestone\` (\`id\` text not null, \`joint_action_id\` text not null, \`title\` text not null, \`due_date\` date not null, \`done_date\` date null, \`responsible_partner_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`joint_action_milestone_joint_action_id_foreign\` foreign key(\`joint_action_id\`) references \`joint_action\`(\`id\`) on delete cascade on update cascade, constraint \`joint_action_milestone_responsible_partner_id_foreign\` foreign key(\`responsible_partner_id\`) references \`partner\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`joint_action_milestone_joint_action_id_index\` on \`joint_action_milestone\` (\`joint_action_id\`);`);
    this.addSql(`create index \`joint_action_milestone_responsible_partner_id_index\` on \`joint_action_milestone\` (\`responsible_partner_id\`);`);
    this.addSql(`create index \`joint_action_milestone_joint_action_id_due_date_index\` on \`joint_action_milestone\` (\`joint_action_id\`, \`due_date\`);`);
    this.addSql(`create index \`joint_action_milestone_due_date_index\` on \`joint_action_milestone\` (\`due_date\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`joint_action_milestone\`;`);
    this.addSql(`drop table if exists \`joint_action_partner\`;`);
    this.addSql(`drop table if exists \`policy_outcome\`;`);
    this.addSql(`drop table if exists \`policy_target\`;`);
    this.addSql(`drop table if exists \`joint_action\`;`);
  }

}
