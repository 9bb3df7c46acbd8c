import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { TaskStatus } from '@kstthc/domain';
import { TaskEntity } from '../../plans/entities/task.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** An evidence document a unit cites: "Kế hoạch số 90/KH-UBND ngày 26/03/2026 …". */
export interface EvidenceDocument {
  number: string;
  date: string | null;
  title: string;
  fileId?: string | null;
}

export type TaskUpdateKind = 'REPORT' | 'CONTRIBUTION';

/** One progress report (or a coordinating unit's contribution note); the history is only ever appended to. */
@Entity('task_update')
@Index(['taskId', 'reportedAt'])
export class TaskUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity;

  /** A REPORT sets the task's status; a CONTRIBUTION from a coordinating unit only adds a note. */
  @Column({ type: 'varchar', length: 16, default: 'REPORT' })
  kind: TaskUpdateKind;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ type: 'text', nullable: true })
  measuredValue: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: EvidenceDocument[];

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The moment the report counts for (the period it falls into). */
  @Column({ type: 'timestamptz' })
  reportedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
