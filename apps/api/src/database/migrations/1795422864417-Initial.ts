import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795422864417 implements MigrationInterface {
  name = 'Initial1795422864417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_id" uuid, "actor_name" text, "entity_type" character varying(32) NOT NULL, "entity_id" uuid, "plan_id" uuid, "action" character varying(32) NOT NULL, "changes" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry" ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_90750c58e1e1fc905b7e63ecaa" ON "audit_entry" ("organization_id", "plan_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" character varying(16) NOT NULL, "parent_id" uuid, "settings" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "year" integer NOT NULL, "decision" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4d05264f6cce607df472f47569" ON "plan" ("organization_id", "year") ',
    );
    await queryRunner.query(
      'CREATE TABLE "section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_3c41d2d699384cc5e8eac54777d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_309e538e95ac7d89bf085219ce" ON "section" ("plan_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "content" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "section_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_6a2083913f3647b44f205204e36" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_547adc6512ee6f900fe96533da" ON "content" ("section_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "short_name" character varying(32), "is_group" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0f3827da731f7a367d0420db04" ON "unit" ("organization_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "content_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, "deadline_text" text NOT NULL DEFAULT \'\', "deadline_recurring" boolean NOT NULL DEFAULT false, "deadline_due_date" date, "deadline_period_kind" character varying(16), "deadline_period_year" integer, "deadline_period_index" integer, "deadline_free_text" text, "expected_product" text, "target" text, "status" character varying(16) NOT NULL DEFAULT \'NOT_STARTED\', "result" text, "measured_value" text, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_861fe9e94ad32e4f9b010e2cf4" ON "task" ("plan_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_4f56cba8e1fa942a4488a2dd14" ON "task" ("content_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "task_unit" ("task_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "unit_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_7d634537745aae0ca7d94d56cad" PRIMARY KEY ("task_id", "role", "unit_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d1afbce87fb5a0dcdcd39cb52e" ON "task_unit" ("unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "username" character varying(64) NOT NULL, "password_hash" text NOT NULL, "full_name" text NOT NULL, "role" character varying(16) NOT NULL, "unit_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user" ("username") ',
    );
    await queryRunner.query(
      'CREATE TABLE "task_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "task_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "result" text, "measured_value" text, "evidence" jsonb NOT NULL DEFAULT \'[]\', "author_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3cc696967da74a4065f3b574638" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9f93b696f53397eca6d197769e" ON "task_update" ("task_id", "reported_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit_group_member" ("group_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_736a3972bc2d0272354a6e18b84" PRIMARY KEY ("group_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5921b6839d4cb0ea52076bbd15" ON "unit_group_member" ("group_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c627f59c8be342935b8d254a3c" ON "unit_group_member" ("member_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_4a0cbeaf8122e528b49ad04fb10" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "section" ADD CONSTRAINT "FK_fc66d9631a0f539c5dd90400728" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content" ADD CONSTRAINT "FK_2556d076a9b4f74e264ba3b35da" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_2ed943af255972d34befdb693a9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "FK_89d8b324e1f18b22322cf8fc987" FOREIGN KEY ("content_id") REFERENCES "content"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_unit" ADD CONSTRAINT "FK_1c230a6aad28b70ead5be61980b" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_unit" ADD CONSTRAINT "FK_d1afbce87fb5a0dcdcd39cb52e9" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_update" ADD CONSTRAINT "FK_0ae2c96e493cbff69c4eb6fd23a" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_update" ADD CONSTRAINT "FK_94f07db2afa5567129bc8f27c3e" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_group_member" ADD CONSTRAINT "FK_5921b6839d4cb0ea52076bbd15a" FOREIGN KEY ("group_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_group_member" ADD CONSTRAINT "FK_c627f59c8be342935b8d254a3ca" FOREIGN KEY ("member_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unit_group_member" DROP CONSTRAINT "FK_c627f59c8be342935b8d254a3ca"',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_group_member" DROP CONSTRAINT "FK_5921b6839d4cb0ea52076bbd15a"',
    );
    await queryRunner.query('ALTER TABLE "task_update" DROP CONSTRAINT "FK_94f07db2afa5567129bc8f27c3e"');
    await queryRunner.query('ALTER TABLE "task_update" DROP CONSTRAINT "FK_0ae2c96e493cbff69c4eb6fd23a"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5"');
    await queryRunner.query('ALTER TABLE "task_unit" DROP CONSTRAINT "FK_d1afbce87fb5a0dcdcd39cb52e9"');
    await queryRunner.query('ALTER TABLE "task_unit" DROP CONSTRAINT "FK_1c230a6aad28b70ead5be61980b"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "FK_89d8b324e1f18b22322cf8fc987"');
    await queryRunner.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_2ed943af255972d34befdb693a9"');
    await queryRunner.query('ALTER TABLE "content" DROP CONSTRAINT "FK_2556d076a9b4f74e264ba3b35da"');
    await queryRunner.query('ALTER TABLE "section" DROP CONSTRAINT "FK_fc66d9631a0f539c5dd90400728"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_4a0cbeaf8122e528b49ad04fb10"');
    await queryRunner.query('ALTER TABLE "organization" DROP CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec"');
    await queryRunner.query('DROP INDEX "public"."IDX_c627f59c8be342935b8d254a3c"');
    await queryRunner.query('DROP INDEX "public"."IDX_5921b6839d4cb0ea52076bbd15"');
    await queryRunner.query('DROP TABLE "unit_group_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_9f93b696f53397eca6d197769e"');
    await queryRunner.query('DROP TABLE "task_update"');
    await queryRunner.query('DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_d1afbce87fb5a0dcdcd39cb52e"');
    await queryRunner.query('DROP TABLE "task_unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_4f56cba8e1fa942a4488a2dd14"');
    await queryRunner.query('DROP INDEX "public"."IDX_861fe9e94ad32e4f9b010e2cf4"');
    await queryRunner.query('DROP TABLE "task"');
    await queryRunner.query('DROP INDEX "public"."IDX_0f3827da731f7a367d0420db04"');
    await queryRunner.query('DROP TABLE "unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_547adc6512ee6f900fe96533da"');
    await queryRunner.query('DROP TABLE "content"');
    await queryRunner.query('DROP INDEX "public"."IDX_309e538e95ac7d89bf085219ce"');
    await queryRunner.query('DROP TABLE "section"');
    await queryRunner.query('DROP INDEX "public"."IDX_4d05264f6cce607df472f47569"');
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP INDEX "public"."IDX_90750c58e1e1fc905b7e63ecaa"');
    await queryRunner.query('DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}
