import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PeriodKind, TaskStatus } from '@kstthc/domain';
import { ContentEntity } from './content.entity';

/** A task (nhiệm vụ): the unit of assignment and reporting. */
@Entity('task')
@Index(['contentId', 'position'])
@Index(['planId'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'uuid' })
  contentId: string;

  @ManyToOne(() => ContentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_id' })
  content?: ContentEntity;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  /** Lines and bullets kept, separated by "\n". */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int' })
  position: number;

  /** Completion time as written ("Thường xuyên Chậm nhất ngày 15/9/2026"), then its parsed meaning. */
  @Column({ type: 'text', default: '' })
  deadlineText: string;

  @Column({ type: 'boolean', default: false })
  deadlineRecurring: boolean;

  @Column({ type: 'date', nullable: true })
  deadlineDueDate: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  deadlinePeriodKind: PeriodKind | null;

  @Column({ type: 'int', nullable: true })
  deadlinePeriodYear: number | null;

  @Column({ type: 'int', nullable: true })
  deadlinePeriodIndex: number | null;

  @Column({ type: 'text', nullable: true })
  deadlineFreeText: string | null;

  /** "Sản phẩm dự kiến hoàn thành" as planned. */
  @Column({ type: 'text', nullable: true })
  expectedProduct: string | null;

  /** A measurable target ("Đạt tỷ lệ tối thiểu 80% …"). */
  @Column({ type: 'text', nullable: true })
  target: string | null;

  /** Latest reported state, kept with the history in one transaction for fast reads. */
  @Column({ type: 'varchar', length: 16, default: 'NOT_STARTED' })
  status: TaskStatus;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ type: 'text', nullable: true })
  measuredValue: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
