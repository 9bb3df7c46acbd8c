import { Field, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Role } from '../../auth/dto/auth-payload.model';

const UUID_MSG = { message: 'phải là một mã (UUID) hợp lệ' };
const REQUIRED = { message: 'không được để trống' };

@InputType()
export class CreateUserInput {
  @Field({ description: 'Lower-case letters, digits, dot, dash or underscore' })
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–64 ký tự' })
  username: string;

  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  fullName: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'phải có ít nhất 8 ký tự' })
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  password: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'phải là ADMIN, LEADER, OFFICER hoặc VIEWER' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for an officer' })
  @IsOptional()
  @IsUUID('all', UUID_MSG)
  unitId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  fullName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'phải là ADMIN, LEADER, OFFICER hoặc VIEWER' })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID_MSG)
  unitId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'phải là true hoặc false' })
  active?: boolean;

  @Field({ nullable: true, description: 'A new password set by the administrator' })
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'phải có ít nhất 8 ký tự' })
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  password?: string;
}

@InputType()
export class CreateUnitInput {
  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(300, { message: 'dài tối đa 300 ký tự' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32, { message: 'dài tối đa 32 ký tự' })
  shortName?: string | null;

  @Field({ defaultValue: false, description: 'A group name such as "Các phòng chuyên môn"' })
  @IsBoolean({ message: 'phải là true hoặc false' })
  isGroup: boolean;

  @Field(() => [ID], {
    defaultValue: [],
    description: "For a group: the units whose officers act for the group's tasks",
  })
  @IsUUID('all', { each: true, message: 'mỗi phần tử phải là một mã (UUID) hợp lệ' })
  @ArrayUnique({ message: 'không được lặp lại một đơn vị' })
  @ArrayMaxSize(200, { message: 'tối đa 200 đơn vị' })
  memberIds: string[];
}

@InputType()
export class UpdateUnitInput extends PartialType(CreateUnitInput) {
  @Field(() => ID)
  @IsUUID('all', UUID_MSG)
  id: string;
}

@InputType()
export class SignerInput {
  @Field({ description: '"TM. ỦY BAN NHÂN DÂN"' })
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  authority: string;

  @Field({ nullable: true, description: '"KT. CHỦ TỊCH"' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  deputy?: string;

  @Field({ description: '"PHÓ CHỦ TỊCH"' })
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  title: string;

  @Field()
  @IsString()
  @IsNotEmpty(REQUIRED)
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  name: string;
}

@InputType()
export class OrganizationSettingsInput {
  @Field({ nullable: true, description: '"ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG"' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  issuerName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  parentIssuerName?: string;

  @Field({ nullable: true, description: 'Place in the date line: "Hà Đông"' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'dài tối đa 100 ký tự' })
  place?: string;

  @Field({ nullable: true, description: '"TTPVHCC" in "Lưu: VT; TTPVHCC xã."' })
  @IsOptional()
  @IsString()
  @MaxLength(32, { message: 'dài tối đa 32 ký tự' })
  officeCode?: string;

  @Field(() => [String], { nullable: true, description: 'Nơi nhận' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(50, { message: 'tối đa 50 nơi nhận' })
  recipients?: string[];

  @Field(() => SignerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerInput)
  signer?: SignerInput;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field()
  active: boolean;
}

@ObjectType('Signer')
export class SignerModel {
  @Field()
  authority: string;

  @Field({ nullable: true })
  deputy?: string;

  @Field()
  title: string;

  @Field()
  name: string;
}

@ObjectType('OrganizationSettings')
export class OrganizationSettingsModel {
  @Field({ nullable: true })
  issuerName?: string;

  @Field({ nullable: true })
  parentIssuerName?: string;

  @Field({ nullable: true })
  place?: string;

  @Field({ nullable: true })
  officeCode?: string;

  @Field(() => [String])
  recipients: string[];

  @Field(() => SignerModel, { nullable: true })
  signer?: SignerModel;
}

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field({ description: 'What changed, as JSON: field → { from, to }' })
  changes: string;

  @Field()
  createdAt: Date;
}
