import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'không được để trống' })
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'phải có ít nhất 8 ký tự' })
  @MaxLength(200, { message: 'dài tối đa 200 ký tự' })
  newPassword: string;
}
