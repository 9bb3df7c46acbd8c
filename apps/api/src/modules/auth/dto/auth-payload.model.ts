import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  OFFICER = 'OFFICER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType('Me')
export class MeModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ID, { nullable: true })
  unitId: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Bearer token: send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => MeModel)
  user: MeModel;
}
