import { Migration } from '@mikro-orm/migrations';

export class Migration20261123103745 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`network_id\` text null, \`action\` text check (\`action\` in ('CREATE', 'UPDATE', 'DELETE')) not null, \`entity_type\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_network_id_at_index\` on \`audit_entry\` (\`network_id\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_entity_id_index\` on \`audit_entry\` (\`entity_id\`);`);

    this.addSql(`create table \`network\` (\`id\` text not null, \`name\` text not null, \`acronym\` text null, \`iati_organisation_id\` text null, \`age_bands\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`partner\` (\`id\` text not null, \`network_id\` text not null, \`name\` text not null, \`acronym\` text null, \`type\` text check (\`type\` in ('TRADE_UNION', 'INFORMAL_WORKERS_ORGANISATION', 'HEALTH_MUTUAL', 'COOPERATIVE', 'NGO', 'RESEARCH_INSTITUTE')) not null, \`country\` text not null, \`members_women\` integer null, \`members_men\` integer null, \`members_other\` integer null, \`contact_name\` text null, \`contact_email\` text null, \`contact_phone\` text null, \`website\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`partner_network_id_foreign\` foreign key(\`network_id\`) references \`network\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partner_network_id_index\` on \`partner\` (\`network_id\`);`);
    this.addSql(`create index \`partner_country_index\` on \`partner\` (\`country\`);`);
    this.addSql(`create unique index \`partner_network_id_name_unique\` on \`partner\` (\`network_id\`, \`name\`);`);

    this.addSql(`create table \`synergy\` (\`id\` text not null, \`network_id\` text not null, \`name\` text not null, \`country\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'FORMING', 'DORMANT')) not null default 'FORMING', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`synergy_network_id_foreign\` foreign key(\`network_id\`) references \`network\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`synergy_network_id_index\` on \`synergy\` (\`network_id\`);`);
    this.addSql(`create index \`synergy_country_index\` on \`synergy\` (\`country\`);`);
    this.addSql(`create unique index \`synergy_network_id_name_unique\` on \`synergy\` (\`network_id\`, \`name\`);`);

    this.addSql(`create table \`synergy_membership\` (\`id\` text not null, \`synergy_id\` text not null, \`partner_id\` text not null, \`role\` text check (\`role\` in ('LEAD', 'MEMBER', 'OBSERVER')) not null default 'MEMBER', \`since\` date not null, \`until\` date null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`synergy_membership_synergy_id_foreign\` foreign key(\`synergy_id\`) references \`synergy\`(\`id\`) on update cascade, constraint \`synergy_membership_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`synergy_membership_synergy_id_index\` on \`synergy_membership\` (\`synergy_id\`);`);
    this.addSql(`create index \`synergy_membership_partner_id_index\` on \`synergy_membership\` (\`partner_id\`);`);
    this.addSql(`create index \`synergy_membership_synergy_id_until_index\` on \`synergy_membership\` (\`synergy_id\`, \`until\`);`);
    this.addSql(`create index \`synergy_membership_partner_id_until_index\` on \`synergy_membership\` (\`partner_id\`, \`until\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`locale\` text check (\`locale\` in ('en', 'fr', 'es')) not null default 'en', \`home_network_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`app_user_home_network_id_foreign\` foreign key(\`home_network_id\`) references \`network\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_home_network_id_index\` on \`app_user\` (\`home_network_id\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`last_seen_at\` datetime not null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);

    this.addSql(`create table \`role_grant\` (\`id\` text not null, \`user_id\` text not null, \`role\` text check (\`role\` in ('NETWORK_ADMIN', 'NETWORK_REVIEWER', 'SYNERGY_COORDINATOR', 'PARTNER_EDITOR', 'VIEWER')) not null, \`scope_type\` text check (\`scope_type\` in ('NETWORK', 'SYNERGY', 'PARTNER')) not null, \`scope_id\` text not null, \`network_id\` text not null, \`granted_by_id\` text null, \`granted_at\` datetime not null, constraint \`role_grant_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`role_grant_network_id_foreign\` foreign key(\`network_id\`) references \`network\`(\`id\`) on update cascade, constraint \`role_grant_granted_by_id_foreign\` foreign key(\`granted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`role_grant_user_id_index\` on \`role_grant\` (\`user_id\`);`);
    this.addSql(`create index \`role_grant_network_id_index\` on \`role_grant\` (\`network_id\`);`);
    this.addSql(`create index \`role_grant_granted_by_id_index\` on \`role_grant\` (\`granted_by_id\`);`);
    this.addSql(`create unique index \`role_grant_user_id_role_scope_type_scope_id_unique\` on \`role_grant\` (\`user_id\`, \`role\`, \`scope_type\`, \`scope_id\`);`);
  }

}
