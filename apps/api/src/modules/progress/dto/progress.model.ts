import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TaskStatusEnum } from '../../plans/dto/plan.model';

@ObjectType({ isAbstract: true })
export class ProgressFiguresModel {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Đã và đang triển khai thực hiện: in progress or done' })
  implemented: number;

  @Field(() => Int, { description: 'Hoàn thành: done, or recurring and carried out within the period' })
  completed: number;

  @Field(() => Float, { description: 'completed / total in percent, two decimals: 66.67' })
  rate: number;

  @Field({ description: 'As printed: "66,67%"' })
  rateText: string;

  @Field(() => Int)
  onTime: number;

  @Field(() => Int)
  late: number;

  @Field(() => Int)
  overdue: number;
}

@ObjectType('SectionProgress')
export class SectionProgressModel extends ProgressFiguresModel {
  @Field()
  sectionCode: string;

  @Field()
  title: string;
}

@ObjectType('UnitProgress')
export class UnitProgressModel extends ProgressFiguresModel {
  @Field()
  unit: string;
}

@ObjectType('TaskProgress')
export class TaskProgressModel {
  @Field(() => ID)
  taskId: string;

  @Field()
  code: string;

  @Field()
  sectionCode: string;

  @Field(() => TaskStatusEnum)
  status: TaskStatusEnum;

  @Field(() => String, { nullable: true })
  result: string | null;

  @Field(() => String, { nullable: true })
  measuredValue: string | null;

  @Field(() => Boolean, { nullable: true })
  targetMet: boolean | null;

  @Field()
  implemented: boolean;

  @Field()
  completed: boolean;

  @Field(() => String, { nullable: true, description: 'ON_TIME, LATE or OVERDUE' })
  timeliness: string | null;
}

@ObjectType('Progress')
export class ProgressModel extends ProgressFiguresModel {
  @Field({ description: 'First day counted (cut-off rule), yyyy-mm-dd' })
  periodStart: string;

  @Field({ description: 'Last day counted, yyyy-mm-dd' })
  periodEnd: string;

  @Field({ description: '"6 tháng đầu năm 2026"' })
  periodName: string;

  @Field(() => [SectionProgressModel])
  bySection: SectionProgressModel[];

  @Field(() => [UnitProgressModel])
  byUnit: UnitProgressModel[];

  @Field(() => [TaskProgressModel])
  tasks: TaskProgressModel[];
}
