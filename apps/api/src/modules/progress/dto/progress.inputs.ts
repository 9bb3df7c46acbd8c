import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PeriodKindEnum, TaskStatusEnum } from '../../plans/dto/plan.model';

const UUID_MSG = { message: 'phải là một mã (UUID) hợp lệ' };
const UUID_EACH = { each: true, message: 'mỗi phần tử phải là một mã (UUID) hợp lệ' };

@InputType()
export class PeriodInput {
  @Field(() => PeriodKindEnum)
  @IsEnum(PeriodKindEnum, { message: 'phải là MONTH, QUARTER, HALF_YEAR, NINE_MONTHS hoặc YEAR' })
  kind: PeriodKindEnum;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(2000, { message: 'phải từ năm 2000 trở đi' })
  @Max(2100, { message: 'phải trước năm 2100' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Month 1–12, quarter 1–4 or half 1–2' })
  @IsOptional()
  @IsInt({ message: 'phải là số nguyên' })
  index?: number | null;
}

@InputType()
export class AssignTaskInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  taskId: string;

  @Field(() => [ID])
  @IsUUID('all', UUID_EACH)
  @ArrayMinSize(1, { message: 'cần ít nhất một đơn vị chủ trì' })
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  @ArrayMaxSize(50, { message: 'tối đa 50 đơn vị' })
  leadUnitIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', UUID_EACH)
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  @ArrayMaxSize(50, { message: 'tối đa 50 đơn vị' })
  coordinatingUnitIds: string[];

  @Field({ description: 'Thời gian hoàn thành as written' })
  @IsString()
  @MaxLength(500, { message: 'dài tối đa 500 ký tự' })
  deadlineText: string;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(1, { message: 'phải lớn hơn 0' })
  expectedVersion: number;
}

@InputType()
export class EvidenceInput {
  @Field({ description: 'Số, ký hiệu: "90/KH-UBND"' })
  @IsString()
  @IsNotEmpty({ message: 'không được để trống' })
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  number: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải có dạng yyyy-mm-dd' })
  date?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'không được để trống' })
  @MaxLength(1000, { message: 'dài tối đa 1000 ký tự' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'A file uploaded to POST /api/tasks/:id/evidence-files' })
  @IsOptional()
  @IsUUID('all', UUID_MSG)
  fileId?: string | null;
}

@InputType()
export class ReportProgressInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  taskId: string;

  @Field(() => TaskStatusEnum)
  @IsEnum(TaskStatusEnum, { message: 'phải là NOT_STARTED, IN_PROGRESS hoặc DONE' })
  status: TaskStatusEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'dài tối đa 20000 ký tự' })
  result?: string | null;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  @ArrayMaxSize(50, { message: 'tối đa 50 văn bản' })
  evidence: EvidenceInput[];

  @Field(() => String, { nullable: true, description: 'Measured value for a task with a target: "99,79%"' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  measuredValue?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(1, { message: 'phải lớn hơn 0' })
  expectedVersion: number;
}

@InputType()
export class ContributionInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  taskId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'không được để trống' })
  @MaxLength(20000, { message: 'dài tối đa 20000 ký tự' })
  note: string;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  @ArrayMaxSize(50, { message: 'tối đa 50 văn bản' })
  evidence: EvidenceInput[];
}

@InputType()
export class TaskVersionInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  taskId: string;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(1, { message: 'phải lớn hơn 0' })
  expectedVersion: number;
}

@InputType({ description: 'The same assignment for many tasks at once; all or nothing' })
export class AssignTasksInput {
  @Field(() => [TaskVersionInput])
  @ValidateNested({ each: true })
  @Type(() => TaskVersionInput)
  @ArrayMinSize(1, { message: 'cần ít nhất một nhiệm vụ' })
  @ArrayMaxSize(500, { message: 'tối đa 500 nhiệm vụ mỗi lần' })
  tasks: TaskVersionInput[];

  @Field(() => [ID], { nullable: true, description: 'Unchanged when omitted' })
  @IsOptional()
  @IsUUID('all', UUID_EACH)
  @ArrayMinSize(1, { message: 'cần ít nhất một đơn vị chủ trì' })
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  leadUnitIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Unchanged when omitted' })
  @IsOptional()
  @IsUUID('all', UUID_EACH)
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  coordinatingUnitIds?: string[];

  @Field({ nullable: true, description: 'Unchanged when omitted' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'dài tối đa 500 ký tự' })
  deadlineText?: string;
}
