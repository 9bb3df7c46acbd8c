import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '../../units/entities/unit.entity';
import { TaskEntity } from './task.entity';

export type TaskUnitRole = 'LEAD' | 'COORDINATING';

/** A unit leading (chủ trì) or coordinating (phối hợp) a task. */
@Entity('task_unit')
@Index(['unitId'])
export class TaskUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  taskId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role: TaskUnitRole;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;
}
