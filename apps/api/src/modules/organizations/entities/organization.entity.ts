import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type OrganizationKind = 'COMMUNE' | 'WARD' | 'CITY' | 'PROVINCE';

/** What the report documents need of an organization: issuing body, place, recipients, signer. */
export interface OrganizationSettings {
  issuerName?: string;
  parentIssuerName?: string;
  place?: string;
  officeCode?: string;
  recipients?: string[];
  signer?: { authority: string; deputy?: string; title: string; name: string };
}

/** A commune or ward People's Committee (UBND xã/phường), under a city or province. */
@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OrganizationKind;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrganizationEntity | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: OrganizationSettings;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
