import { Injectable } from '@nestjs/common';
import { countProgress, PeriodRef, ProgressSummary, reportingPeriod } from '@kstthc/domain';
import { EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { PlanEntity } from '../plans/entities/plan.entity';
import { TaskUnitEntity } from '../plans/entities/task-unit.entity';
import { TaskEntity } from '../plans/entities/task.entity';
import { PlansRepository } from '../plans/plans.repository';
import { deadlineColumns, PlansService } from '../plans/plans.service';
import { UnitEntity } from '../units/entities/unit.entity';
import {
  AssignTaskInput,
  AssignTasksInput,
  ContributionInput,
  EvidenceInput,
  ReportProgressInput,
} from './dto/progress.inputs';
import { EvidenceFileEntity } from './entities/evidence-file.entity';
import { EvidenceDocument, TaskUpdateEntity } from './entities/task-update.entity';
import { PlanSnapshot, progressInputs } from './plan-snapshot';
import { ProgressRepository } from './progress.repository';

export interface PeriodProgress {
  period: ReturnType<typeof reportingPeriod>;
  summary: ProgressSummary;
  snapshot: PlanSnapshot;
}

function evidenceOf(evidence: EvidenceInput[]): EvidenceDocument[] {
  return evidence.map((e) => ({
    number: e.number.trim(),
    date: e.date ?? null,
    title: e.title.trim(),
    fileId: e.fileId ?? null,
  }));
}

/** Reads a period as written by a client, refusing what the period rules refuse. */
export function periodOf(ref: PeriodRef): ReturnType<typeof reportingPeriod> {
  try {
    return reportingPeriod(ref);
  } catch (error) {
    if (error instanceof RangeError) {
      throw AppException.badInput(`Dữ liệu không hợp lệ — period: ${error.message}`, [
        { field: 'period', messages: [error.message] },
      ]);
    }
    throw error;
  }
}

/** Assignment, progress reports and the counting of a period. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    private readonly plansRepository: PlansRepository,
    private readonly repository: ProgressRepository,
  ) {}

  async assignTask(auth: AuthUser, input: AssignTaskInput): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_ASSIGN, ids: [input.taskId] });
    await this.plans.requireUnits(auth, input.leadUnitIds, input.coordinatingUnitIds);
    return this.plansRepository.transaction(async (manager) => {
      await this.assignInTransaction(manager, auth, { ...input, deadlineText: input.deadlineText });
      return manager.findOneByOrFail(TaskEntity, { id: input.taskId });
    });
  }

  /** One assignment for many tasks, all or nothing; fields left out stay as they are on each task. */
  async assignTasks(auth: AuthUser, input: AssignTasksInput): Promise<TaskEntity[]> {
    const taskIds = input.tasks.map((t) => t.taskId);
    if (new Set(taskIds).size !== taskIds.length) {
      throw AppException.badInput('Dữ liệu không hợp lệ — tasks: một nhiệm vụ được chọn hai lần', [
        { field: 'tasks', messages: ['một nhiệm vụ được chọn hai lần'] },
      ]);
    }
    await this.access.requireAccess({ auth, permission: Permission.TASK_ASSIGN, ids: taskIds });
    await this.plans.requireUnits(auth, input.leadUnitIds ?? [], input.coordinatingUnitIds ?? []);
    return this.plansRepository.transaction(async (manager) => {
      for (const item of input.tasks) {
        await this.assignInTransaction(manager, auth, {
          taskId: item.taskId,
          expectedVersion: item.expectedVersion,
          leadUnitIds: input.leadUnitIds,
          coordinatingUnitIds: input.coordinatingUnitIds,
          deadlineText: input.deadlineText,
        });
      }
      const rows = await manager.find(TaskEntity, { where: { id: In(taskIds) } });
      return taskIds.map((id) => rows.find((r) => r.id === id)!);
    });
  }

  private async assignInTransaction(
    manager: EntityManager,
    auth: AuthUser,
    input: {
      taskId: string;
      expectedVersion: number;
      leadUnitIds?: string[];
      coordinatingUnitIds?: string[];
      deadlineText?: string;
    },
  ): Promise<void> {
    const task = await manager.findOneByOrFail(TaskEntity, { id: input.taskId });
    const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
    const before = await manager.find(TaskUnitEntity, {
      where: { taskId: task.id },
      order: { position: 'ASC' },
    });
    const lead = input.leadUnitIds ?? before.filter((b) => b.role === 'LEAD').map((b) => b.unitId);
    const coordinating =
      input.coordinatingUnitIds ?? before.filter((b) => b.role === 'COORDINATING').map((b) => b.unitId);
    const overlap = lead.filter((id) => coordinating.includes(id));
    if (overlap.length > 0) {
      throw AppException.badInput(
        'Dữ liệu không hợp lệ — coordinatingUnitIds: một đơn vị không thể vừa chủ trì vừa phối hợp',
        [{ field: 'coordinatingUnitIds', messages: ['một đơn vị không thể vừa chủ trì vừa phối hợp'] }],
      );
    }
    const deadlineText = input.deadlineText?.trim() ?? task.deadlineText;
    const names = new Map(
      (
        await manager.find(UnitEntity, {
          where: { id: In([...before.map((b) => b.unitId), ...lead, ...coordinating]) },
        })
      ).map((u) => [u.id, u.name]),
    );
    const namesOf = (ids: string[]) => ids.map((id) => names.get(id) ?? id);
    await this.plans.updateTaskAtVersion(
      manager,
      task,
      input.expectedVersion,
      deadlineColumns(deadlineText, plan.year),
    );
    await this.plans.saveTaskUnits(manager, auth, task.id, lead, coordinating);
    const from = {
      leadUnits: namesOf(before.filter((b) => b.role === 'LEAD').map((b) => b.unitId)),
      coordinatingUnits: namesOf(before.filter((b) => b.role === 'COORDINATING').map((b) => b.unitId)),
      deadlineText: task.deadlineText,
    };
    const to = { leadUnits: namesOf(lead), coordinatingUnits: namesOf(coordinating), deadlineText };
    const changes = Object.fromEntries(
      (Object.keys(to) as Array<keyof typeof to>)
        .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
        .map((k) => [k, { from: from[k], to: to[k] }]),
    );
    await this.audit.record(manager, auth, [
      { entityType: 'task', entityId: task.id, planId: task.planId, action: 'assign', changes },
    ]);
  }

  /** A coordinating unit's note: kept in the history, never changing the task's status. */
  async addContribution(auth: AuthUser, input: ContributionInput, now = new Date()): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_CONTRIBUTE, ids: [input.taskId] });
    await this.requireEvidenceFiles(input.taskId, input.evidence);
    return this.plansRepository.transaction(async (manager) => {
      const task = await manager.findOneByOrFail(TaskEntity, { id: input.taskId });
      const update = await manager.save(
        manager.create(TaskUpdateEntity, {
          organizationId: task.organizationId,
          taskId: task.id,
          kind: 'CONTRIBUTION',
          status: task.status,
          result: input.note.trim(),
          measuredValue: null,
          evidence: evidenceOf(input.evidence),
          authorId: auth.id,
          reportedAt: now,
        }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: task.id,
          planId: task.planId,
          action: 'report',
          changes: { updateId: update.id, contribution: update.result, evidence: update.evidence },
        },
      ]);
      return task;
    });
  }

  /** Evidence may cite only files uploaded for the same task. */
  private async requireEvidenceFiles(taskId: string, evidence: EvidenceInput[]): Promise<void> {
    const fileIds = evidence.map((e) => e.fileId).filter((id): id is string => !!id);
    if (fileIds.length === 0) return;
    const found = await this.plansRepository.manager.find(EvidenceFileEntity, {
      where: { id: In(fileIds), taskId },
    });
    const missing = fileIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length > 0) {
      throw AppException.badInput(
        `Dữ liệu không hợp lệ — evidence.fileId: không có tệp ${missing.join(', ')} của nhiệm vụ này`,
        [{ field: 'evidence.fileId', messages: [`không có tệp ${missing.join(', ')} của nhiệm vụ này`] }],
      );
    }
  }

  async reportProgress(auth: AuthUser, input: ReportProgressInput, now = new Date()): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_REPORT, ids: [input.taskId] });
    await this.requireEvidenceFiles(input.taskId, input.evidence);
    return this.plansRepository.transaction(async (manager) => {
      const task = await manager.findOneByOrFail(TaskEntity, { id: input.taskId });
      const result = input.result?.trim() || null;
      const measuredValue = input.measuredValue?.trim() || null;
      await this.plans.updateTaskAtVersion(manager, task, input.expectedVersion, {
        status: input.status,
        result,
        measuredValue,
      });
      const update = await manager.save(
        manager.create(TaskUpdateEntity, {
          organizationId: task.organizationId,
          taskId: task.id,
          status: input.status,
          result,
          measuredValue,
          evidence: evidenceOf(input.evidence),
          authorId: auth.id,
          reportedAt: now,
        }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: task.id,
          planId: task.planId,
          action: 'report',
          changes: {
            updateId: update.id,
            status: { from: task.status, to: input.status },
            result: { from: task.result, to: result },
            ...(measuredValue !== task.measuredValue
              ? { measuredValue: { from: task.measuredValue, to: measuredValue } }
              : {}),
            evidence: update.evidence,
          },
        },
      ]);
      return manager.findOneByOrFail(TaskEntity, { id: task.id });
    });
  }

  /** The figures of a period, counted as of its last day from the update history by libs/domain. */
  async periodProgress(
    auth: AuthUser,
    planId: string,
    ref: PeriodRef,
    permission = Permission.PLAN_READ,
  ): Promise<PeriodProgress> {
    await this.access.requireAccess({ auth, permission, ids: [planId] });
    const period = periodOf(ref);
    const snapshot = await this.repository.planSnapshot(planId);
    if (!snapshot) throw AppException.notFound('kế hoạch', planId);
    const summary = countProgress(progressInputs(snapshot), { start: period.start, end: period.end });
    return { period, summary, snapshot };
  }
}
