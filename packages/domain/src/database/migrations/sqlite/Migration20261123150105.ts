import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_token\` (\`id\` text not null, \`user_id\` text not null, \`name\` text not null, \`access\` text check (\`access\` in ('READ_ONLY', 'READ_WRITE')) not null, \`token_hash\` text not null, \`prefix\` text not null, \`scope_role_grant_ids\` json not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`api_token\`;`);
  }

}
