/**
 * The facts quoted in the talk, each with its source from FACTS.md, for the sources slide.
 * `short` is what the slide shows; `title` and `url` are the link behind it.
 */
export interface Source { id: string, short: string, title: string, url: string }

export const SOURCES: readonly Source[] = [
  { id: 'knight', short: 'Knight Capital — SEC, 2013', title: 'In the Matter of Knight Capital Americas LLC (Quimbee)', url: 'https://www.quimbee.com/cases/in-the-matter-of-knight-capital-americas-llc' },
  { id: 'golden-signals', short: 'Signaux clés — SRE book, 2016', title: 'Site Reliability Engineering, ch. 6 « Monitoring Distributed Systems »', url: 'https://www.oreilly.com/library/view/site-reliability-engineering/9781491929117/ch06.html' },
  { id: 'offboarding', short: 'Départs — Osterman, 2014', title: 'Ex-Employees Leaving with the Keys to Company Data (Security Magazine)', url: 'https://www.securitymagazine.com/articles/85904-ex-employees-leaving-with-the-keys-to-company-data' },
  { id: 'equifax', short: 'Equifax — NPR, 2019', title: 'Equifax To Pay Up To $700 Million In Data Breach Settlement (NPR)', url: 'https://www.npr.org/2019/07/22/744050565/equifax-to-pay-up-to-700-million-in-data-breach-settlement' },
  { id: 'level3', short: 'Fibres coupées — Level 3, 2011', title: 'The 10 Most Bizarre and Annoying Causes of Fiber Cuts (Level 3)', url: 'http://blog.level3.com/level-3-network/the-10-most-bizarre-and-annoying-causes-of-fiber-cuts/' },
  { id: 'ovh', short: 'OVHcloud — BEA-RI, Netcraft', title: 'Rapport d\'enquête BEA-RI, 2022 ; chiffres Netcraft (e-snes.org, 2021)', url: 'https://www.e-snes.org/en/3-6-million-websites-offline-after-ovh-data-center-fire/' },
  { id: 'gitlab', short: 'GitLab — postmortem, 2017', title: 'Postmortem of GitLab Database Outage of January 31 (Linux.com)', url: 'https://www.linux.com/news/postmortem-gitlab-database-outage-january-31/' },
  { id: 'dora', short: 'DORA 2019 — DevClass', title: 'Number of « elite » DevOps organisations triples in a year, says DORA (DevClass)', url: 'https://devclass.com/2019/08/27/elite-devops-organisations-triples/' },
]
