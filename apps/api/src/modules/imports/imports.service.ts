import { Injectable } from '@nestjs/common';
import { shiftDeadlineYear, statusFromText } from '@kstthc/domain';
import { isPlanImportError, ParsedPlan, parsePlan, PlanInputKind } from '@kstthc/plan-import';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppErrorCode, AppException } from '../../common/errors/app-exception';
import { insertPlanTree } from '../../database/seed/insert-plan-tree';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { PlanEntity } from '../plans/entities/plan.entity';
import { PlansRepository } from '../plans/plans.repository';
import { ProgressRepository } from '../progress/progress.repository';
import { UnitEntity } from '../units/entities/unit.entity';

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface ImportSource {
  kind: PlanInputKind;
  data: string | Buffer;
}

export interface ImportOptions {
  title?: string;
  decision?: string;
  year?: number;
  /** Keep the result column as each task's first progress report. */
  withResults?: boolean;
}

/** Plan import: parse (libs/plan-import) for a preview that writes nothing, then create the plan in one transaction. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly plans: PlansRepository,
    private readonly progress: ProgressRepository,
  ) {}

  /** Last year's plan as this year's: same tasks, units and completion times moved by the years between, no progress. */
  async copyPlanToYear(auth: AuthUser, planId: string, year: number): Promise<PlanEntity> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_WRITE, ids: [planId] });
    const snapshot = await this.progress.planSnapshot(planId);
    if (!snapshot) throw AppException.notFound('kế hoạch', planId);
    const years = year - snapshot.plan.year;
    if (years === 0) {
      throw AppException.badInput('Dữ liệu không hợp lệ — year: năm mới phải khác năm của kế hoạch gốc', [
        { field: 'year', messages: ['năm mới phải khác năm của kế hoạch gốc'] },
      ]);
    }
    const shiftYears = (text: string) => text.replace(/\b(19|20)\d\d\b/g, (y) => String(Number(y) + years));
    return this.plans.transaction(async (manager) => {
      const units = await manager.find(UnitEntity, {
        where: { organizationId: snapshot.plan.organizationId },
      });
      const ids = new Map(units.map((u) => [u.name, u.id]));
      const { planId: newPlanId } = await insertPlanTree(manager, {
        organizationId: snapshot.plan.organizationId,
        title: shiftYears(snapshot.plan.title),
        year,
        decision: '',
        unitIdOf: (name) => ids.get(name)!,
        sections: snapshot.sections.map((s) => ({
          code: s.code,
          title: s.title,
          contents: s.contents.map((c) => ({
            code: c.code,
            title: c.title,
            tasks: c.tasks.map((t) => ({
              code: t.entity.code,
              description: t.entity.description,
              leadUnits: t.leadUnits,
              coordinatingUnits: t.coordinatingUnits,
              deadlineText: shiftDeadlineYear(t.entity.deadlineText, years),
              expectedProduct: t.entity.expectedProduct,
              target: t.entity.target,
            })),
          })),
        })),
      });
      await this.audit.record(manager, auth, [
        {
          entityType: 'plan',
          entityId: newPlanId,
          planId: newPlanId,
          action: 'create',
          changes: { copiedFrom: planId, year },
        },
      ]);
      return manager.findOneByOrFail(PlanEntity, { id: newPlanId });
    });
  }

  async preview(auth: AuthUser, source: ImportSource, options: ImportOptions): Promise<ParsedPlan> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_IMPORT });
    const units = await this.plans.manager.find(UnitEntity, {
      where: { organizationId: auth.organizationId },
    });
    try {
      return await parsePlan(source, {
        unitDirectory: units.map((u) => u.name),
        planYear: options.year,
        maxBytes: IMPORT_MAX_BYTES,
      });
    } catch (error) {
      if (isPlanImportError(error)) {
        const code =
          error.code === 'TOO_LARGE' ? AppErrorCode.PAYLOAD_TOO_LARGE : AppErrorCode.BAD_USER_INPUT;
        throw new AppException(code, error.message, { importCode: error.code });
      }
      throw error;
    }
  }

  async commit(
    auth: AuthUser,
    source: ImportSource,
    options: ImportOptions,
  ): Promise<{ planId: string; counts: ParsedPlan['counts'] }> {
    const parsed = await this.preview(auth, source, options);
    const year = options.year ?? parsed.planYear;
    const title =
      options.title?.trim() || parsed.title?.trim() || `Kế hoạch kiểm soát thủ tục hành chính năm ${year}`;
    return this.plans.transaction(async (manager) => {
      const existing = await manager.find(UnitEntity, { where: { organizationId: auth.organizationId } });
      const known = new Set(existing.map((u) => u.name));
      const created = parsed.newUnits.filter((n) => !known.has(n));
      const newUnits = created.length
        ? await manager.save(
            created.map((name) =>
              manager.create(UnitEntity, { organizationId: auth.organizationId, name, isGroup: false }),
            ),
          )
        : [];
      const ids = new Map([...existing, ...newUnits].map((u) => [u.name, u.id]));
      const reportedAt = new Date();
      const { planId } = await insertPlanTree(manager, {
        organizationId: auth.organizationId,
        title,
        year,
        decision: options.decision?.trim() ?? '',
        unitIdOf: (name) => ids.get(name)!,
        sections: parsed.sections.map((s) => ({
          code: s.code,
          title: s.title,
          contents: s.contents.map((c) => ({
            code: c.code,
            title: c.title,
            tasks: c.tasks.map((t) => ({
              code: t.code,
              description: t.description,
              leadUnits: t.leadUnits,
              coordinatingUnits: t.coordinatingUnits,
              deadlineText: t.deadlineText,
              expectedProduct: t.expectedProduct ?? null,
              updates:
                options.withResults && t.result
                  ? [
                      {
                        status: statusFromText(t.result) ?? 'IN_PROGRESS',
                        result: t.result,
                        measuredValue: null,
                        reportedAt,
                        authorId: auth.id,
                      },
                    ]
                  : [],
            })),
          })),
        })),
      });
      await this.audit.record(manager, auth, [
        {
          entityType: 'plan',
          entityId: planId,
          planId,
          action: 'import',
          changes: { title, year, counts: parsed.counts, newUnits: created },
        },
        ...newUnits.map((u) => ({
          entityType: 'unit' as const,
          entityId: u.id,
          planId,
          action: 'create' as const,
          changes: { name: u.name },
        })),
      ]);
      return { planId, counts: parsed.counts };
    });
  }
}
