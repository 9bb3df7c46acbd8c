import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContributionsAndEvidenceFiles1795424157292 implements MigrationInterface {
  name = 'ContributionsAndEvidenceFiles1795424157292';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "task_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" character varying(128) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" text NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6438fe3ca87f30e1da1e8e39f9" ON "evidence_file" ("task_id") ');
    await queryRunner.query(
      'ALTER TABLE "task_update" ADD "kind" character varying(16) NOT NULL DEFAULT \'REPORT\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_update" DROP COLUMN "kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_6438fe3ca87f30e1da1e8e39f9"');
    await queryRunner.query('DROP TABLE "evidence_file"');
  }
}
