import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** A section (mục) of a plan: I, II, … */
@Entity('section')
@Index(['planId', 'position'])
export class SectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  position: number;
}
