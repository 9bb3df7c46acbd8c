import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/** A unit (đơn vị) of the organization, or a group name such as "Các phòng chuyên môn". */
@Entity('unit')
@Index(['organizationId', 'name'], { unique: true })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  shortName: string | null;

  @Column({ type: 'boolean', default: false })
  isGroup: boolean;

  /** For a group: the units whose officers act for the group's tasks. */
  @ManyToMany(() => UnitEntity)
  @JoinTable({
    name: 'unit_group_member',
    joinColumn: { name: 'group_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'member_id', referencedColumnName: 'id' },
  })
  members?: UnitEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
