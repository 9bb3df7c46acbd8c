import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SectionEntity } from './section.entity';

/** A content (nội dung) of a section: 1, 2, … */
@Entity('content')
@Index(['sectionId', 'position'])
export class ContentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section?: SectionEntity;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  position: number;
}
