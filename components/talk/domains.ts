/** The five domains of the job, in talk order; security is a concern across the other four. */
export type DomainId = 'architecture' | 'industrialisation' | 'mco' | 'securite' | 'disaster-recovery'

export const DOMAINS: readonly { id: Exclude<DomainId, 'securite'>, label: string, sub: string }[] = [
  { id: 'architecture', label: 'Architecture', sub: 'dessiner' },
  { id: 'industrialisation', label: 'Industrialisation', sub: 'livrer' },
  { id: 'mco', label: 'MCO', sub: 'réparer' },
  { id: 'disaster-recovery', label: 'Disaster recovery', sub: 'survivre' },
]
