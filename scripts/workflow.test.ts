// The Pages workflow is checked here because it only ever runs on GitHub: a broken file would go unnoticed.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'

interface Step { uses?: string, run?: string, with?: Record<string, string | number>, env?: Record<string, string>, id?: string }
interface Job { needs?: string, steps: Step[], permissions?: Record<string, string>, environment?: { name: string, url: string } }

const doc = parseDocument(readFileSync('.github/workflows/pages.yml', 'utf8'))
const workflow = doc.toJS() as { on: Record<string, unknown>, jobs: Record<string, Job> }

describe('the GitHub Pages workflow', () => {
  it('is valid YAML', () => {
    expect(doc.errors).toEqual([])
  })
  it('tests, exports the PDF, then builds for the Pages base path with the PDF', () => {
    const steps = workflow.jobs.build.steps
    const at = (predicate: (s: Step) => boolean) => steps.findIndex(predicate)
    const test = at(s => s.run === 'npm test')
    const exportPdf = at(s => s.run === 'npm run export')
    const exportHandout = at(s => s.run === 'npm run --if-present export:handout')
    const pages = at(s => s.uses?.startsWith('actions/configure-pages@') === true)
    const build = at(s => s.run === 'npm run build')
    expect(test).toBeGreaterThan(-1)
    expect(exportPdf).toBeGreaterThan(test)
    expect(exportHandout).toBeGreaterThan(test)
    expect(build).toBeGreaterThan(Math.max(exportPdf, exportHandout, pages))
    expect(steps[build].env).toMatchObject({
      BASE: `\${{ steps.${steps[pages].id}.outputs.base_path }}`,
      SITE_URL: `\${{ steps.${steps[pages].id}.outputs.base_url }}`,
      WITH_PDF: '1',
    })
  })
  it('runs on Node 24, an LTS the deck\'s engines allow', () => {
    const setup = workflow.jobs.build.steps.find(s => s.uses?.startsWith('actions/setup-node@'))
    expect(setup?.with?.['node-version']).toBe(24)
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string
    expect(engines.split('||').map(range => range.trim()), 'package.json engines.node').toContain('>=24.0.0')
  })
  it('publishes dist/ with the official Pages actions', () => {
    const upload = workflow.jobs.build.steps.find(s => s.uses?.startsWith('actions/upload-pages-artifact@'))
    expect(upload?.with).toEqual({ path: 'dist/' })
    const deploy = workflow.jobs.deploy
    expect(deploy.needs).toBe('build')
    expect(deploy.permissions).toEqual({ 'pages': 'write', 'id-token': 'write' })
    expect(deploy.environment?.name).toBe('github-pages')
    const step = deploy.steps.find(s => s.uses?.startsWith('actions/deploy-pages@'))
    expect(deploy.environment?.url).toBe(`\${{ steps.${step?.id}.outputs.page_url }}`)
  })
})
