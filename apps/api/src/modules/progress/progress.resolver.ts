import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { TaskModel, TaskStatusEnum } from '../plans/dto/plan.model';
import { toTaskModel } from '../plans/utils/to-task-model.util';
import {
  AssignTaskInput,
  AssignTasksInput,
  ContributionInput,
  PeriodInput,
  ReportProgressInput,
} from './dto/progress.inputs';
import { ProgressModel } from './dto/progress.model';
import { ProgressService } from './progress.service';

@Resolver()
export class ProgressResolver {
  constructor(private readonly progressService: ProgressService) {}

  @Query(() => ProgressModel, { description: 'Counts of a reporting period, as of its last day' })
  async progress(
    @CurrentUser() auth: AuthUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('period') period: PeriodInput,
  ): Promise<ProgressModel> {
    const { period: p, summary, snapshot } = await this.progressService.periodProgress(auth, planId, period);
    const titles = new Map(snapshot.sections.map((s) => [s.code, s.title]));
    const sectionOf = new Map(
      snapshot.sections.flatMap((s) =>
        s.contents.flatMap((c) => c.tasks.map((t) => [t.entity.id, s.code] as const)),
      ),
    );
    return {
      ...summary,
      periodName: p.name,
      bySection: summary.bySection.map((s) => ({ ...s, title: titles.get(s.sectionCode) ?? '' })),
      byUnit: summary.byUnit,
      tasks: summary.tasks.map((x) => ({
        ...x,
        taskId: x.id,
        sectionCode: sectionOf.get(x.id) ?? '',
        status: x.status as TaskStatusEnum,
      })),
    };
  }

  @Mutation(() => TaskModel, {
    description: 'Leaders set lead and coordinating units and the completion time',
  })
  async assignTask(@CurrentUser() auth: AuthUser, @Args('input') input: AssignTaskInput) {
    return toTaskModel(await this.progressService.assignTask(auth, input));
  }

  @Mutation(() => TaskModel, {
    description: 'A new progress report: appended to the history, never overwriting it',
  })
  async reportProgress(@CurrentUser() auth: AuthUser, @Args('input') input: ReportProgressInput) {
    return toTaskModel(await this.progressService.reportProgress(auth, input));
  }

  @Mutation(() => [TaskModel], { description: 'The same assignment for many tasks at once; all or nothing' })
  async assignTasks(@CurrentUser() auth: AuthUser, @Args('input') input: AssignTasksInput) {
    return (await this.progressService.assignTasks(auth, input)).map(toTaskModel);
  }

  @Mutation(() => TaskModel, {
    description: 'A coordinating unit adds a note (and evidence) without changing the status',
  })
  async addContribution(@CurrentUser() auth: AuthUser, @Args('input') input: ContributionInput) {
    return toTaskModel(await this.progressService.addContribution(auth, input));
  }
}
