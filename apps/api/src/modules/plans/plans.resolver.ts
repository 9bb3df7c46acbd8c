import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { TaskUpdateModel } from '../progress/dto/task-update.model';
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
import {
  ContentModel,
  OrganizationModel,
  PlanCountsModel,
  PlanModel,
  SectionModel,
  TaskModel,
  UnitModel,
} from './dto/plan.model';
import { PlansService } from './plans.service';
import { toTaskModel } from './utils/to-task-model.util';

// Field resolvers take (parent, args, context) without parameter decorators: NestJS then calls them directly,
// skipping the per-call pipe and guard machinery that would dominate a 2,000-task tree.
@Resolver(() => PlanModel)
export class PlansResolver {
  constructor(private readonly plansService: PlansService) {}

  @Query(() => [PlanModel], { description: 'Plans the signed-in user may read, newest year first' })
  plans(
    @CurrentUser() auth: AuthUser,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<PlanModel[]> {
    return this.plansService.listPlans(auth, year);
  }

  @Query(() => PlanModel, { nullable: true })
  plan(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<PlanModel | null> {
    return this.plansService.getPlan(auth, id);
  }

  @ResolveField(() => OrganizationModel)
  organization(plan: PlanModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.organizationById.load(plan.organizationId);
  }

  @ResolveField(() => [SectionModel])
  sections(plan: PlanModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.sectionsByPlan.load(plan.id);
  }

  @ResolveField(() => PlanCountsModel)
  counts(plan: PlanModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.countsByPlan.load(plan.id);
  }

  @Mutation(() => PlanModel)
  createPlan(@CurrentUser() auth: AuthUser, @Args('input') input: CreatePlanInput) {
    return this.plansService.createPlan(auth, input);
  }

  @Mutation(() => PlanModel)
  updatePlan(@CurrentUser() auth: AuthUser, @Args('input') input: UpdatePlanInput) {
    return this.plansService.updatePlan(auth, input);
  }

  @Mutation(() => ID, { description: 'Deletes the plan with all its sections, contents, tasks and history' })
  deletePlan(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.plansService.deletePlan(auth, id);
  }
}

@Resolver(() => SectionModel)
export class SectionResolver {
  constructor(private readonly plansService: PlansService) {}

  @ResolveField(() => [ContentModel])
  contents(section: SectionModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.contentsBySection.load(section.id);
  }

  @Mutation(() => SectionModel)
  createSection(@CurrentUser() auth: AuthUser, @Args('input') input: CreateSectionInput) {
    return this.plansService.createSection(auth, input);
  }

  @Mutation(() => SectionModel)
  updateSection(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateSectionInput) {
    return this.plansService.updateSection(auth, input);
  }

  @Mutation(() => SectionModel, { description: 'Moves a section to another place; codes I, II, … follow' })
  moveSection(@CurrentUser() auth: AuthUser, @Args('input') input: MoveInput) {
    return this.plansService.moveSection(auth, input);
  }

  @Mutation(() => ID)
  deleteSection(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.plansService.deleteSection(auth, id);
  }
}

@Resolver(() => ContentModel)
export class ContentResolver {
  constructor(private readonly plansService: PlansService) {}

  @ResolveField(() => [TaskModel])
  async tasks(content: ContentModel, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.tasksByContent.load(content.id)).map(toTaskModel);
  }

  @ResolveField(() => Boolean, {
    description: 'A content with no sub-items: itself one task, shown as one row',
  })
  async isTask(content: ContentModel, _args: unknown, ctx: GqlContext) {
    const tasks = await ctx.loaders.tasksByContent.load(content.id);
    return tasks.length === 1 && tasks[0].code === content.code;
  }

  @Mutation(() => ContentModel)
  createContent(@CurrentUser() auth: AuthUser, @Args('input') input: CreateContentInput) {
    return this.plansService.createContent(auth, input);
  }

  @Mutation(() => ContentModel)
  updateContent(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateContentInput) {
    return this.plansService.updateContent(auth, input);
  }

  @Mutation(() => ContentModel, {
    description: 'Moves a content within its section or to another section (parentId)',
  })
  moveContent(@CurrentUser() auth: AuthUser, @Args('input') input: MoveInput) {
    return this.plansService.moveContent(auth, input);
  }

  @Mutation(() => ID)
  deleteContent(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.plansService.deleteContent(auth, id);
  }
}

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(private readonly plansService: PlansService) {}

  @ResolveField(() => [UnitModel], { description: 'Đơn vị chủ trì' })
  async leadUnits(task: TaskModel, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.unitsByTask.load(task.id)).lead;
  }

  @ResolveField(() => [UnitModel], { description: 'Đơn vị phối hợp' })
  async coordinatingUnits(task: TaskModel, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.unitsByTask.load(task.id)).coordinating;
  }

  @ResolveField(() => [TaskUpdateModel], { description: 'Progress history, oldest first' })
  updates(task: TaskModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.updatesByTask.load(task.id);
  }

  @Mutation(() => TaskModel)
  async createTask(@CurrentUser() auth: AuthUser, @Args('input') input: CreateTaskInput) {
    return toTaskModel(await this.plansService.createTask(auth, input));
  }

  @Mutation(() => TaskModel, {
    description: 'Edits a task; refused with CONFLICT when expectedVersion is stale',
  })
  async updateTask(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateTaskInput) {
    return toTaskModel(await this.plansService.updateTask(auth, input));
  }

  @Mutation(() => TaskModel)
  async moveTask(@CurrentUser() auth: AuthUser, @Args('input') input: MoveInput) {
    return toTaskModel(await this.plansService.moveTask(auth, input));
  }

  @Mutation(() => ID)
  deleteTask(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.plansService.deleteTask(auth, id);
  }
}
