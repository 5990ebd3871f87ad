import { Migration } from '@mikro-orm/migrations';

export class Migration20261207221913 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "activity_synergy_id_start_date_index";`);

    this.addSql(`create index "activity_synergy_id_start_date_network_id_partner_id_index" on "activity" ("synergy_id", "start_date", "network_id", "partner_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "activity_synergy_id_start_date_network_id_partner_id_index";`);

    this.addSql(`create index "activity_synergy_id_start_date_index" on "activity" ("synergy_id", "start_date");`);
  }

}
