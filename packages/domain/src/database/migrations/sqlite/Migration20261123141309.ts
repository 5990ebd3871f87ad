import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`activity\` (\`id\` text not null, \`network_id\` text not null, \`partner_id\` text not null, \`synergy_id\` text null, \`type\` text check (\`type\` in ('AWARENESS_RAISING', 'BASIC_TRAINING', 'ADVANCED_TRAINING', 'ORGANISING_MOBILISING', 'INDIVIDUAL_SUPPORT', 'RESEARCH_STUDY', 'POLITICAL_ACTION')) not null, \`sub_type\` text check (\`sub_type\` in ('LEGAL_AID', 'HEALTH_CONSULTATION', 'ACCESS_TO_SOCIAL_PROTECTION', 'SOLIDARITY_ECONOMY', 'MOBILISATION', 'MEETING_DECISION_MAKERS', 'POSITION_PAPER', 'DRAFT_LAW')) null, \`title\` text not null, \`description\` text null, \`start_date\` date not null, \`end_date\` date not null, \`country\` text not null, \`place\` text null, \`branches\` json not null, \`worker_categories\` json not null, \`informal_sectors\` json not null, \`status\` text check (\`status\` in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', \`participant_cells\` json not null, \`participants_total\` integer not null default 0, \`participants_women\` integer not null default 0, \`participants_men\` integer not null default 0, \`participants_other\` integer not null default 0, \`participants_not_recorded\` integer not null default 0, \`participants_youth\` integer not null default 0, \`gender_score\` integer not null default 0, \`gender_criteria\` json not null, \`gender_principal_objective\` integer not null default false, \`gender_justification\` text null, \`version\` integer not null default 1, \`created_by_id\` text null, \`updated_by_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`activity_network_id_foreign\` foreign key(\`network_id\`) references \`network\`(\`id\`) on update cascade, constraint \`activity_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`activity_synergy_id_foreign\` foreign key(\`synergy_id\`) references \`synergy\`(\`id\`) on delete set null on update cascade, constraint \`activity_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`activity_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`activity_network_id_index\` on \`activity\` (\`network_id\`);`);
    this.addSql(`create index \`activity_partner_id_index\` on \`activity\` (\`partner_id\`);`);
    this.addSql(`create index \`activity_synergy_id_index\` on \`activity\` (\`synergy_id\`);`);
    this.addSql(`create index \`activity_created_by_id_index\` on \`activity\` (\`created_by_id\`);`);
    this.addSql(`create index \`activity_updated_by_id_index\` on \`activity\` (\`updated_by_id\`);`);
    this.addSql(`create index \`activity_network_id_start_date_index\` on \`activity\` (\`network_id\`, \`start_date\`);`);
    this.addSql(`create index \`activity_partner_id_start_date_index\` on \`activity\` (\`partner_id\`, \`start_date\`);`);
    this.addSql(`create index \`activity_synergy_id_start_date_index\` on \`activity\` (\`synergy_id\`, \`start_date\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`activity\`;`);
  }

}
