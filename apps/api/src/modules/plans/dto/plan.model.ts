import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TaskStatusEnum {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  valuesMap: {
    NOT_STARTED: { description: 'Chưa thực hiện' },
    IN_PROGRESS: { description: 'Đang thực hiện' },
    DONE: { description: 'Đã hoàn thành' },
  },
});

export enum PeriodKindEnum {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  NINE_MONTHS = 'NINE_MONTHS',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKindEnum, { name: 'PeriodKind' });

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  kind: string;
}

@ObjectType('Unit')
export class UnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field()
  isGroup: boolean;
}

@ObjectType('DeadlinePeriod')
export class DeadlinePeriodModel {
  @Field(() => PeriodKindEnum)
  kind: PeriodKindEnum;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true })
  index: number | null;
}

@ObjectType('Deadline', { description: 'Thời gian hoàn thành: the text as written and its parsed meaning' })
export class DeadlineModel {
  @Field()
  text: string;

  @Field()
  recurring: boolean;

  @Field(() => String, { nullable: true, description: 'Last day allowed, yyyy-mm-dd' })
  dueDate: string | null;

  @Field(() => DeadlinePeriodModel, { nullable: true })
  period: DeadlinePeriodModel | null;

  @Field(() => String, { nullable: true })
  freeText: string | null;
}

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ID)
  contentId: string;

  @Field()
  code: string;

  @Field()
  description: string;

  @Field(() => Int)
  position: number;

  @Field(() => DeadlineModel)
  deadline: DeadlineModel;

  @Field(() => String, { nullable: true })
  expectedProduct: string | null;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field(() => TaskStatusEnum)
  status: TaskStatusEnum;

  @Field(() => String, { nullable: true })
  result: string | null;

  @Field(() => String, { nullable: true })
  measuredValue: string | null;

  @Field(() => Int, { description: 'Send back as expectedVersion; a stale version is refused' })
  version: number;

  @Field()
  updatedAt: Date;
}

@ObjectType('Content')
export class ContentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sectionId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;
}

@ObjectType('Section')
export class SectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;
}

@ObjectType('PlanCounts')
export class PlanCountsModel {
  @Field(() => Int)
  sections: number;

  @Field(() => Int)
  contents: number;

  @Field(() => Int)
  tasks: number;
}

@ObjectType('Plan')
export class PlanModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int)
  year: number;

  @Field()
  decision: string;

  organizationId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
