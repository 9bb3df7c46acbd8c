import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const REQUIRED = { message: 'không được để trống' };
const UUID_MSG = { message: 'phải là một mã (UUID) hợp lệ' };
const UUID_EACH = { each: true, message: 'mỗi phần tử phải là một mã (UUID) hợp lệ' };

@InputType()
export class CreatePlanInput {
  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(1000, { message: 'dài tối đa 1000 ký tự' })
  title: string;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(2000, { message: 'phải từ năm 2000 trở đi' })
  @Max(2100, { message: 'phải trước năm 2100' })
  year: number;

  @Field({ nullable: true, description: '"Quyết định số 444/QĐ-UBND ngày 09/03/2026"' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'dài tối đa 500 ký tự' })
  decision?: string;
}

@InputType()
export class UpdatePlanInput extends PartialType(CreatePlanInput) {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;
}

@InputType()
export class CreateSectionInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  planId: string;

  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(1000, { message: 'dài tối đa 1000 ký tự' })
  title: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Zero-based place among its siblings; at the end when omitted',
  })
  @IsOptional()
  @IsInt({ message: 'phải là số nguyên' })
  @Min(0, { message: 'không được âm' })
  position?: number;
}

@InputType()
export class UpdateSectionInput extends PickType(CreateSectionInput, ['title']) {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;
}

@InputType()
export class CreateContentInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  sectionId: string;

  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(5000, { message: 'dài tối đa 5000 ký tự' })
  title: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'phải là số nguyên' })
  @Min(0, { message: 'không được âm' })
  position?: number;
}

@InputType()
export class UpdateContentInput extends PickType(CreateContentInput, ['title']) {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  contentId: string;

  @Field({ description: 'Lines and bullets separated by "\\n"' })
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(20000, { message: 'dài tối đa 20000 ký tự' })
  description: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', UUID_EACH)
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  @ArrayMaxSize(50, { message: 'tối đa 50 đơn vị' })
  leadUnitIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', UUID_EACH)
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  @ArrayMaxSize(50, { message: 'tối đa 50 đơn vị' })
  coordinatingUnitIds: string[];

  @Field({
    defaultValue: '',
    description: 'Thời gian hoàn thành as written: "Thường xuyên", "Chậm nhất ngày 15/9/2026"',
  })
  @IsString()
  @MaxLength(500, { message: 'dài tối đa 500 ký tự' })
  deadlineText: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'dài tối đa 20000 ký tự' })
  expectedProduct?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'dài tối đa 2000 ký tự' })
  target?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'phải là số nguyên' })
  @Min(0, { message: 'không được âm' })
  position?: number;
}

@InputType()
export class UpdateTaskInput extends PartialType(
  PickType(CreateTaskInput, ['description', 'deadlineText', 'expectedProduct', 'target']),
) {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;

  @Field(() => Int, { description: 'The version the edit is based on; a stale one is refused with CONFLICT' })
  @IsInt({ message: 'phải là số nguyên' })
  @Min(1, { message: 'phải lớn hơn 0' })
  expectedVersion: number;
}

@InputType()
export class MoveInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'New parent (section for a content, content for a task); same parent when omitted',
  })
  @IsOptional()
  @IsUUID('all', UUID_MSG)
  parentId?: string;

  @Field(() => Int)
  @Type(() => Number)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(0, { message: 'không được âm' })
  position: number;
}
