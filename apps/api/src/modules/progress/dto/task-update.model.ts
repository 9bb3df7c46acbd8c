import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TaskStatusEnum } from '../../plans/dto/plan.model';

@ObjectType('EvidenceDocument', { description: 'A document cited as evidence: number/symbol, date, title' })
export class EvidenceDocumentModel {
  @Field()
  number: string;

  @Field(() => String, { nullable: true })
  date: string | null;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'Uploaded file: GET /api/evidence-files/:id' })
  fileId: string | null;
}

@ObjectType('UserRef')
export class UserRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}

@ObjectType('TaskUpdate', { description: 'One progress report in a task history' })
export class TaskUpdateModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  taskId: string;

  @Field({ description: 'REPORT (sets the status) or CONTRIBUTION (a coordinating unit note)' })
  kind: string;

  @Field(() => TaskStatusEnum)
  status: TaskStatusEnum;

  @Field(() => String, { nullable: true })
  result: string | null;

  @Field(() => String, { nullable: true })
  measuredValue: string | null;

  @Field(() => [EvidenceDocumentModel])
  evidence: EvidenceDocumentModel[];

  @Field(() => UserRefModel, { nullable: true })
  author: UserRefModel | null;

  @Field()
  reportedAt: Date;

  @Field()
  createdAt: Date;
}
