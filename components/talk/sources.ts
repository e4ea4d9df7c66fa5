/**
 * Every source the talk names, in a slide, a note or a demo caption, for the sources slide and the
 * reading page. `short` is what the slide shows (who said it, when: the closing slide stays under 40
 * words); `title` and `url` are the link behind it; `names` are the words by which the talk names it (a unit test checks that
 * every such name in the talk has its entry here).
 */
export interface Source { id: string, short: string, title: string, url: string, names: readonly string[] }

export const SOURCES: readonly Source[] = [
  { id: 'fowler', short: 'Fowler, 2012', title: 'SnowflakeServer (bliki), Martin Fowler', url: 'https://www.martinfowler.com/bliki/SnowflakeServer.html', names: ['Fowler', 'snowflake'] },
  { id: 'knight', short: 'SEC, 2013', title: 'In the Matter of Knight Capital Americas LLC (Quimbee)', url: 'https://www.quimbee.com/cases/in-the-matter-of-knight-capital-americas-llc', names: ['Knight Capital', 'SEC'] },
  { id: 'dora', short: 'DORA, 2019', title: 'Number of « elite » DevOps organisations triples in a year, says DORA (DevClass)', url: 'https://devclass.com/2019/08/27/elite-devops-organisations-triples/', names: ['DORA'] },
  { id: 'dora-research', short: 'TechBeacon, 2019', title: '2019 Accelerate State of DevOps: How elites drive high performance (TechBeacon, quoting the report: six years of research, over 31,000 professionals)', url: 'https://techbeacon.com/devops/2019-accelerate-state-devops-report-how-elites-drive-high-performance', names: ['DORA'] },
  { id: 'golden-signals', short: 'Google, 2016', title: 'Site Reliability Engineering, ch. 6 « Monitoring Distributed Systems »', url: 'https://www.oreilly.com/library/view/site-reliability-engineering/9781491929117/ch06.html', names: ['SRE', 'Google'] },
  { id: 'pigeons', short: 'freeCodeCamp', title: 'HTTPS explained with carrier pigeons (freeCodeCamp), le lien de l\'article', url: 'https://medium.freecodecamp.org/https-explained-with-carrier-pigeons-7029d2193351', names: ['pigeon', 'freeCodeCamp'] },
  { id: 'offboarding', short: 'Osterman, 2014', title: 'Ex-Employees Leaving with the Keys to Company Data (Security Magazine)', url: 'https://www.securitymagazine.com/articles/85904-ex-employees-leaving-with-the-keys-to-company-data', names: ['Intermedia', 'Osterman'] },
  { id: 'equifax-dates', short: 'Chambre US, 2018', title: 'House Oversight Committee staff report, résumé par S&P Global Market Intelligence', url: 'https://www.spglobal.com/marketintelligence/en/news-insights/trending/96jnojwrosf8wmr6osx2aw2', names: ['Apache Struts'] },
  { id: 'equifax', short: 'NPR, 2019', title: 'Equifax To Pay Up To $700 Million In Data Breach Settlement (NPR)', url: 'https://www.npr.org/2019/07/22/744050565/equifax-to-pay-up-to-700-million-in-data-breach-settlement', names: ['Equifax', 'FTC'] },
  { id: 'level3', short: 'Level 3, 2011', title: 'The 10 Most Bizarre and Annoying Causes of Fiber Cuts (Level 3)', url: 'http://blog.level3.com/level-3-network/the-10-most-bizarre-and-annoying-causes-of-fiber-cuts/', names: ['Level 3'] },
  { id: 'ovh-fire', short: 'BEA-RI, 2022', title: 'Rapport d\'enquête sur l\'incendie au sein du centre de stockage de données OVH situé à Strasbourg (BEA-RI)', url: 'https://portail.documentation.developpement-durable.gouv.fr/pub/CGEOUV00261174-rapport-8217-enquete-sur-8217-incendie-sein-centre.html', names: ['BEA-RI', 'OVH'] },
  { id: 'ovh', short: 'Netcraft, 2021', title: '3.6 million websites offline after OVH data center fire (e-snes.org, chiffres Netcraft)', url: 'https://www.e-snes.org/en/3-6-million-websites-offline-after-ovh-data-center-fire/', names: ['Netcraft'] },
  { id: 'rpo-rto', short: 'AWS', title: 'Disaster Recovery of Workloads on AWS: Recovery in the Cloud (Introduction)', url: 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/introduction.html', names: ['RPO', 'RTO', 'AWS'] },
  { id: 'gitlab', short: 'GitLab, 2017', title: 'Postmortem of GitLab Database Outage of January 31 (Linux.com)', url: 'https://www.linux.com/news/postmortem-gitlab-database-outage-january-31/', names: ['GitLab'] },
]
