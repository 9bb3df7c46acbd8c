import { numberPlan, parseDeadline } from '@kstthc/domain';
import { formatDateTime } from '@kstthc/vn-format';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppErrorCode, AppException } from '../../common/errors/app-exception';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import { AuditService, diffFields } from '../audit/audit.service';
import { UnitEntity } from '../units/entities/unit.entity';
import {
  CreateContentInput,
  CreatePlanInput,
  CreateSectionInput,
  CreateTaskInput,
  MoveInput,
  UpdateContentInput,
  UpdatePlanInput,
  UpdateSectionInput,
  UpdateTaskInput,
} from './dto/plan.inputs';
import { ContentEntity } from './entities/content.entity';
import { PlanEntity } from './entities/plan.entity';
import { SectionEntity } from './entities/section.entity';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';
import { PlansRepository } from './plans.repository';

type Positioned = { id: string; position: number };

/** Puts `id` at `position` (clamped) among `siblings` and returns the new order. */
function placeAt<T extends Positioned>(siblings: T[], item: T, position: number | undefined): T[] {
  const others = siblings.filter((s) => s.id !== item.id).sort((a, b) => a.position - b.position);
  const at = position === undefined ? others.length : Math.min(position, others.length);
  others.splice(at, 0, item);
  return others;
}

/** Deadline columns from the text as written. */
export function deadlineColumns(text: string, planYear: number): Partial<TaskEntity> {
  const deadline = parseDeadline(text, planYear);
  return {
    deadlineText: deadline.text,
    deadlineRecurring: deadline.recurring,
    deadlineDueDate: deadline.dueDate,
    deadlinePeriodKind: deadline.period?.kind ?? null,
    deadlinePeriodYear: deadline.period?.year ?? null,
    deadlinePeriodIndex: deadline.period?.index ?? null,
    deadlineFreeText: deadline.freeText,
  };
}

/** Plan editing use cases: authorize, validate, persist with audit, renumber. */
@Injectable()
export class PlansService {
  constructor(
    private readonly repository: PlansRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async listPlans(auth: AuthUser, year?: number | null): Promise<PlanEntity[]> {
    const organizations = await this.access.readableOrganizations(auth);
    return this.repository.findPlans(organizations, year);
  }

  async getPlan(auth: AuthUser, id: string): Promise<PlanEntity | null> {
    try {
      await this.access.requireAccess({ auth, permission: Permission.PLAN_READ, ids: [id] });
    } catch (error) {
      if (error instanceof AppException && error.code === AppErrorCode.NOT_FOUND) return null;
      throw error;
    }
    return this.repository.findPlan(id);
  }

  async createPlan(auth: AuthUser, input: CreatePlanInput): Promise<PlanEntity> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_CREATE });
    return this.repository.transaction(async (manager) => {
      const plan = await manager.save(
        manager.create(PlanEntity, {
          organizationId: auth.organizationId,
          title: input.title.trim(),
          year: input.year,
          decision: input.decision?.trim() ?? '',
        }),
      );
      await this.audit.record(manager, auth, [
        { entityType: 'plan', entityId: plan.id, planId: plan.id, action: 'create', changes: { ...input } },
      ]);
      return plan;
    });
  }

  async updatePlan(auth: AuthUser, input: UpdatePlanInput): Promise<PlanEntity> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_WRITE, ids: [input.id] });
    return this.repository.transaction(async (manager) => {
      const plan = await manager.findOneByOrFail(PlanEntity, { id: input.id });
      const after = {
        title: input.title?.trim(),
        year: input.year,
        decision: input.decision?.trim(),
      };
      const changes = diffFields(plan, after);
      Object.assign(plan, Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined)));
      await manager.save(plan);
      await this.audit.record(manager, auth, [
        { entityType: 'plan', entityId: plan.id, planId: plan.id, action: 'update', changes },
      ]);
      return plan;
    });
  }

  async deletePlan(auth: AuthUser, id: string): Promise<string> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_WRITE, ids: [id] });
    return this.repository.transaction(async (manager) => {
      const plan = await manager.findOneByOrFail(PlanEntity, { id });
      await manager.delete(PlanEntity, { id });
      await this.audit.record(manager, auth, [
        {
          entityType: 'plan',
          entityId: id,
          planId: null,
          action: 'delete',
          changes: { title: plan.title, year: plan.year },
        },
      ]);
      return id;
    });
  }

  async createSection(auth: AuthUser, input: CreateSectionInput): Promise<SectionEntity> {
    await this.access.requireAccess({ auth, permission: Permission.PLAN_WRITE, ids: [input.planId] });
    return this.repository.transaction(async (manager) => {
      const siblings = await manager.find(SectionEntity, { where: { planId: input.planId } });
      const section = manager.create(SectionEntity, {
        organizationId: auth.organizationId,
        planId: input.planId,
        code: '',
        title: input.title.trim(),
        position: siblings.length,
      });
      await manager.save(section);
      await this.savePositions(manager, SectionEntity, placeAt(siblings, section, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'section',
          entityId: section.id,
          planId: input.planId,
          action: 'create',
          changes: { title: section.title },
        },
      ]);
      await this.renumber(manager, input.planId);
      return manager.findOneByOrFail(SectionEntity, { id: section.id });
    });
  }

  async updateSection(auth: AuthUser, input: UpdateSectionInput): Promise<SectionEntity> {
    await this.access.requireAccess({ auth, permission: Permission.SECTION_WRITE, ids: [input.id] });
    return this.repository.transaction(async (manager) => {
      const section = await manager.findOneByOrFail(SectionEntity, { id: input.id });
      const changes = diffFields(section, { title: input.title.trim() });
      section.title = input.title.trim();
      await manager.save(section);
      await this.audit.record(manager, auth, [
        { entityType: 'section', entityId: section.id, planId: section.planId, action: 'update', changes },
      ]);
      return section;
    });
  }

  async moveSection(auth: AuthUser, input: MoveInput): Promise<SectionEntity> {
    await this.access.requireAccess({ auth, permission: Permission.SECTION_WRITE, ids: [input.id] });
    if (input.parentId) throw AppException.badInput('parentId: một mục không thể chuyển sang kế hoạch khác');
    return this.repository.transaction(async (manager) => {
      const section = await manager.findOneByOrFail(SectionEntity, { id: input.id });
      const from = section.position;
      const siblings = await manager.find(SectionEntity, { where: { planId: section.planId } });
      await this.savePositions(manager, SectionEntity, placeAt(siblings, section, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'section',
          entityId: section.id,
          planId: section.planId,
          action: 'move',
          changes: { position: { from, to: section.position } },
        },
      ]);
      await this.renumber(manager, section.planId);
      return manager.findOneByOrFail(SectionEntity, { id: section.id });
    });
  }

  async deleteSection(auth: AuthUser, id: string): Promise<string> {
    await this.access.requireAccess({ auth, permission: Permission.SECTION_WRITE, ids: [id] });
    return this.repository.transaction(async (manager) => {
      const section = await manager.findOneByOrFail(SectionEntity, { id });
      await manager.delete(SectionEntity, { id });
      await this.savePositions(
        manager,
        SectionEntity,
        await manager.find(SectionEntity, { where: { planId: section.planId }, order: { position: 'ASC' } }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'section',
          entityId: id,
          planId: section.planId,
          action: 'delete',
          changes: { code: section.code, title: section.title },
        },
      ]);
      await this.renumber(manager, section.planId);
      return id;
    });
  }

  async createContent(auth: AuthUser, input: CreateContentInput): Promise<ContentEntity> {
    await this.access.requireAccess({ auth, permission: Permission.SECTION_WRITE, ids: [input.sectionId] });
    return this.repository.transaction(async (manager) => {
      const section = await manager.findOneByOrFail(SectionEntity, { id: input.sectionId });
      const siblings = await manager.find(ContentEntity, { where: { sectionId: section.id } });
      const content = manager.create(ContentEntity, {
        organizationId: auth.organizationId,
        planId: section.planId,
        sectionId: section.id,
        code: '',
        title: input.title.trim(),
        position: siblings.length,
      });
      await manager.save(content);
      await this.savePositions(manager, ContentEntity, placeAt(siblings, content, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'content',
          entityId: content.id,
          planId: section.planId,
          action: 'create',
          changes: { title: content.title },
        },
      ]);
      await this.renumber(manager, section.planId);
      return manager.findOneByOrFail(ContentEntity, { id: content.id });
    });
  }

  async updateContent(auth: AuthUser, input: UpdateContentInput): Promise<ContentEntity> {
    await this.access.requireAccess({ auth, permission: Permission.CONTENT_WRITE, ids: [input.id] });
    return this.repository.transaction(async (manager) => {
      const content = await manager.findOneByOrFail(ContentEntity, { id: input.id });
      const changes = diffFields(content, { title: input.title.trim() });
      content.title = input.title.trim();
      await manager.save(content);
      await this.audit.record(manager, auth, [
        { entityType: 'content', entityId: content.id, planId: content.planId, action: 'update', changes },
      ]);
      return content;
    });
  }

  async moveContent(auth: AuthUser, input: MoveInput): Promise<ContentEntity> {
    const ids = input.parentId ? [input.id] : [input.id];
    await this.access.requireAccess({ auth, permission: Permission.CONTENT_WRITE, ids });
    if (input.parentId)
      await this.access.requireAccess({ auth, permission: Permission.SECTION_WRITE, ids: [input.parentId] });
    return this.repository.transaction(async (manager) => {
      const content = await manager.findOneByOrFail(ContentEntity, { id: input.id });
      const from = { sectionId: content.sectionId, position: content.position };
      if (input.parentId && input.parentId !== content.sectionId) {
        const target = await manager.findOneByOrFail(SectionEntity, { id: input.parentId });
        if (target.planId !== content.planId)
          throw AppException.badInput('parentId: mục đích phải thuộc cùng kế hoạch');
        const oldSiblings = await manager.find(ContentEntity, {
          where: { sectionId: content.sectionId },
          order: { position: 'ASC' },
        });
        await this.savePositions(
          manager,
          ContentEntity,
          oldSiblings.filter((c) => c.id !== content.id),
        );
        content.sectionId = target.id;
        await manager.update(ContentEntity, { id: content.id }, { sectionId: target.id });
      }
      const siblings = await manager.find(ContentEntity, { where: { sectionId: content.sectionId } });
      await this.savePositions(manager, ContentEntity, placeAt(siblings, content, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'content',
          entityId: content.id,
          planId: content.planId,
          action: 'move',
          changes: { from, to: { sectionId: content.sectionId, position: input.position } },
        },
      ]);
      await this.renumber(manager, content.planId);
      return manager.findOneByOrFail(ContentEntity, { id: content.id });
    });
  }

  async deleteContent(auth: AuthUser, id: string): Promise<string> {
    await this.access.requireAccess({ auth, permission: Permission.CONTENT_WRITE, ids: [id] });
    return this.repository.transaction(async (manager) => {
      const content = await manager.findOneByOrFail(ContentEntity, { id });
      await manager.delete(ContentEntity, { id });
      await this.savePositions(
        manager,
        ContentEntity,
        await manager.find(ContentEntity, {
          where: { sectionId: content.sectionId },
          order: { position: 'ASC' },
        }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'content',
          entityId: id,
          planId: content.planId,
          action: 'delete',
          changes: { code: content.code, title: content.title },
        },
      ]);
      await this.renumber(manager, content.planId);
      return id;
    });
  }

  async createTask(auth: AuthUser, input: CreateTaskInput): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.CONTENT_WRITE, ids: [input.contentId] });
    await this.requireUnits(auth, input.leadUnitIds, input.coordinatingUnitIds);
    return this.repository.transaction(async (manager) => {
      const content = await manager.findOneByOrFail(ContentEntity, { id: input.contentId });
      const plan = await manager.findOneByOrFail(PlanEntity, { id: content.planId });
      const siblings = await manager.find(TaskEntity, { where: { contentId: content.id } });
      const task = manager.create(TaskEntity, {
        organizationId: auth.organizationId,
        planId: content.planId,
        contentId: content.id,
        code: '',
        description: input.description.trim(),
        position: siblings.length,
        expectedProduct: input.expectedProduct?.trim() || null,
        target: input.target?.trim() || null,
        ...deadlineColumns(input.deadlineText, plan.year),
      });
      await manager.save(task);
      await this.saveTaskUnits(manager, auth, task.id, input.leadUnitIds, input.coordinatingUnitIds);
      await this.savePositions(manager, TaskEntity, placeAt(siblings, task, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: task.id,
          planId: task.planId,
          action: 'create',
          changes: {
            description: task.description,
            deadlineText: task.deadlineText,
            leadUnitIds: input.leadUnitIds,
            coordinatingUnitIds: input.coordinatingUnitIds,
          },
        },
      ]);
      await this.renumber(manager, task.planId);
      return manager.findOneByOrFail(TaskEntity, { id: task.id });
    });
  }

  async updateTask(auth: AuthUser, input: UpdateTaskInput): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_WRITE, ids: [input.id] });
    return this.repository.transaction(async (manager) => {
      const task = await manager.findOneByOrFail(TaskEntity, { id: input.id });
      const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
      const after: Partial<TaskEntity> = {
        description: input.description?.trim(),
        expectedProduct:
          input.expectedProduct === undefined ? undefined : input.expectedProduct?.trim() || null,
        target: input.target === undefined ? undefined : input.target?.trim() || null,
        ...(input.deadlineText === undefined ? {} : deadlineColumns(input.deadlineText, plan.year)),
      };
      const set = Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined));
      await this.updateTaskAtVersion(manager, task, input.expectedVersion, set);
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: task.id,
          planId: task.planId,
          action: 'update',
          changes: diffFields(task, set),
        },
      ]);
      return manager.findOneByOrFail(TaskEntity, { id: task.id });
    });
  }

  async moveTask(auth: AuthUser, input: MoveInput): Promise<TaskEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_WRITE, ids: [input.id] });
    if (input.parentId)
      await this.access.requireAccess({ auth, permission: Permission.CONTENT_WRITE, ids: [input.parentId] });
    return this.repository.transaction(async (manager) => {
      const task = await manager.findOneByOrFail(TaskEntity, { id: input.id });
      const from = { contentId: task.contentId, position: task.position };
      if (input.parentId && input.parentId !== task.contentId) {
        const target = await manager.findOneByOrFail(ContentEntity, { id: input.parentId });
        if (target.planId !== task.planId)
          throw AppException.badInput('parentId: nội dung đích phải thuộc cùng kế hoạch');
        const oldSiblings = await manager.find(TaskEntity, {
          where: { contentId: task.contentId },
          order: { position: 'ASC' },
        });
        await this.savePositions(
          manager,
          TaskEntity,
          oldSiblings.filter((t) => t.id !== task.id),
        );
        task.contentId = target.id;
        await manager.update(TaskEntity, { id: task.id }, { contentId: target.id });
      }
      const siblings = await manager.find(TaskEntity, { where: { contentId: task.contentId } });
      await this.savePositions(manager, TaskEntity, placeAt(siblings, task, input.position));
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: task.id,
          planId: task.planId,
          action: 'move',
          changes: { from, to: { contentId: task.contentId, position: input.position } },
        },
      ]);
      await this.renumber(manager, task.planId);
      return manager.findOneByOrFail(TaskEntity, { id: task.id });
    });
  }

  async deleteTask(auth: AuthUser, id: string): Promise<string> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_WRITE, ids: [id] });
    return this.repository.transaction(async (manager) => {
      const task = await manager.findOneByOrFail(TaskEntity, { id });
      await manager.delete(TaskEntity, { id });
      await this.savePositions(
        manager,
        TaskEntity,
        await manager.find(TaskEntity, { where: { contentId: task.contentId }, order: { position: 'ASC' } }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'task',
          entityId: id,
          planId: task.planId,
          action: 'delete',
          changes: { code: task.code, description: task.description },
        },
      ]);
      await this.renumber(manager, task.planId);
      return id;
    });
  }

  /** Refuses unit ids that are not units of the user's organization, naming the field and the ids. */
  async requireUnits(auth: AuthUser, leadUnitIds: string[], coordinatingUnitIds: string[]): Promise<void> {
    const all = [...new Set([...leadUnitIds, ...coordinatingUnitIds])];
    if (all.length === 0) return;
    const found = await this.repository.manager.find(UnitEntity, {
      select: { id: true },
      where: { id: In(all), organizationId: auth.organizationId },
    });
    const known = new Set(found.map((u) => u.id));
    const fields = [
      { field: 'leadUnitIds', ids: leadUnitIds },
      { field: 'coordinatingUnitIds', ids: coordinatingUnitIds },
    ]
      .map(({ field, ids }) => ({ field, missing: ids.filter((id) => !known.has(id)) }))
      .filter((f) => f.missing.length > 0);
    if (fields.length > 0) {
      throw AppException.badInput(
        `Dữ liệu không hợp lệ — ${fields.map((f) => `${f.field}: không có đơn vị ${f.missing.join(', ')}`).join('; ')}`,
        fields.map((f) => ({ field: f.field, messages: [`không có đơn vị ${f.missing.join(', ')}`] })),
      );
    }
    const overlap = leadUnitIds.filter((id) => coordinatingUnitIds.includes(id));
    if (overlap.length > 0) {
      throw AppException.badInput(
        'Dữ liệu không hợp lệ — coordinatingUnitIds: một đơn vị không thể vừa chủ trì vừa phối hợp',
        [{ field: 'coordinatingUnitIds', messages: ['một đơn vị không thể vừa chủ trì vừa phối hợp'] }],
      );
    }
  }

  async saveTaskUnits(
    manager: EntityManager,
    auth: AuthUser,
    taskId: string,
    leadUnitIds: string[],
    coordinatingUnitIds: string[],
  ): Promise<void> {
    await manager.delete(TaskUnitEntity, { taskId });
    const rows = [
      ...leadUnitIds.map((unitId, position) => ({ taskId, unitId, role: 'LEAD' as const, position })),
      ...coordinatingUnitIds.map((unitId, position) => ({
        taskId,
        unitId,
        role: 'COORDINATING' as const,
        position,
      })),
    ].map((r) => ({ ...r, organizationId: auth.organizationId }));
    if (rows.length > 0) await manager.insert(TaskUnitEntity, rows);
  }

  /**
   * Applies `set` only if the task is still at `expectedVersion`; otherwise refuses with CONFLICT naming who
   * changed it last and when.
   */
  async updateTaskAtVersion(
    manager: EntityManager,
    task: TaskEntity,
    expectedVersion: number,
    set: Partial<TaskEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: task.id, version: expectedVersion })
      .execute();
    if (result.affected === 1) return;
    const current = await manager.findOneByOrFail(TaskEntity, { id: task.id });
    const last = await manager.findOne(AuditEntryEntity, {
      where: { entityId: task.id },
      order: { createdAt: 'DESC' },
    });
    const who = last?.actorName ?? 'người khác';
    const when = last ? formatDateTime(last.createdAt) : formatDateTime(current.updatedAt);
    throw new AppException(
      AppErrorCode.CONFLICT,
      `Nhiệm vụ ${current.code} đã được ${who} thay đổi lúc ${when} (phiên bản ${current.version}, bạn đang sửa phiên bản ${expectedVersion}). Hãy tải lại rồi thử lại.`,
      {
        currentVersion: current.version,
        changedBy: who,
        changedAt: (last?.createdAt ?? current.updatedAt).toISOString(),
      },
    );
  }

  private async savePositions(
    manager: EntityManager,
    entity: typeof SectionEntity | typeof ContentEntity | typeof TaskEntity,
    ordered: Positioned[],
  ): Promise<void> {
    for (const [position, item] of ordered.entries()) {
      if (item.position !== position) await this.setQuietly(manager, entity, item.id, { position });
      item.position = position;
    }
  }

  /** Bookkeeping updates (order, codes) that must not count as an edit of the row: the version stays. */
  private async setQuietly(
    manager: EntityManager,
    entity: typeof SectionEntity | typeof ContentEntity | typeof TaskEntity,
    id: string,
    set: { position?: number; code?: string },
  ): Promise<void> {
    const keepVersion = entity === TaskEntity ? { version: () => 'version' } : {};
    await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...set, ...keepVersion } as never)
      .where('id = :id', { id })
      .updateEntity(false)
      .execute();
  }

  /** Recomputes the TT codes of the whole plan from its order and stores those that changed. */
  async renumber(manager: EntityManager, planId: string): Promise<void> {
    const sections = await manager.find(SectionEntity, { where: { planId }, order: { position: 'ASC' } });
    const contents = await manager.find(ContentEntity, { where: { planId }, order: { position: 'ASC' } });
    const tasks = await manager.find(TaskEntity, { where: { planId }, order: { position: 'ASC' } });
    const tree = sections.map((s) => ({
      id: s.id,
      contents: contents
        .filter((c) => c.sectionId === s.id)
        .map((c) => ({ id: c.id, tasks: tasks.filter((t) => t.contentId === c.id) })),
    }));
    const codes = numberPlan(tree);
    const changed = [...sections, ...contents, ...tasks].filter((row) => codes.get(row.id) !== row.code);
    for (const row of changed) {
      const entity =
        row instanceof SectionEntity
          ? SectionEntity
          : row instanceof ContentEntity
            ? ContentEntity
            : TaskEntity;
      await this.setQuietly(manager, entity, row.id, { code: codes.get(row.id) });
    }
  }
}
