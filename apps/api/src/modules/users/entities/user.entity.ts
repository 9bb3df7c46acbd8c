import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UnitEntity } from '../../units/entities/unit.entity';

export type UserRole = 'ADMIN' | 'LEADER' | 'OFFICER' | 'VIEWER';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Raised when the password changes, so tokens issued before stop working. */
  @Column({ type: 'int', default: 1 })
  sessionVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
