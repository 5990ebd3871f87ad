import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rate_limit_counter\` (\`key\` text not null, \`window_start\` bigint not null, \`count\` integer not null, primary key (\`key\`, \`window_start\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`rate_limit_counter\`;`);
  }

}
