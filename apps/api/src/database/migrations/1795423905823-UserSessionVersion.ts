import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserSessionVersion1795423905823 implements MigrationInterface {
  name = 'UserSessionVersion1795423905823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT \'1\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "session_version"');
  }
}
