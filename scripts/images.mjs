// `npm run images`: regenerates the committed pictures of public/ in headless Chromium, offline:
// the web-app icons (from public/favicon.svg) and the link-preview image (the built deck's title slide).
// Run after changing the favicon or the title slide; needs a build in $DIST (default dist/).
import { readFile } from 'node:fs/promises'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const ICON_SIZES = [192, 512]
// The slide canvas at scale 1 (no subpixel edge), rendered 1200 px wide; previews crop it to ~1.91:1 around the centre.
const CANVAS = { width: 980, height: 552 }
const PREVIEW_WIDTH = 1200

const executablePath = await findChromium()
if (!executablePath) {
  console.error(`images: ${NO_BROWSER_MESSAGE}`)
  process.exit(1)
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  const svg = await readFile('public/favicon.svg', 'utf8')
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
    await page.screenshot({ path: `public/pwa-${size}x${size}.png`, omitBackground: true })
    await page.close()
    console.log(`images: public/pwa-${size}x${size}.png`)
  }

  const server = await serveDist({ root: process.env.DIST ?? 'dist' })
  try {
    const page = await browser.newPage({ viewport: CANVAS, deviceScaleFactor: PREVIEW_WIDTH / CANVAS.width, colorScheme: 'light' })
    await page.goto(`${server.url}1`)
    await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important }' })
    await page.locator('.slidev-page-1 h1').waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(500)
    await page.screenshot({ path: 'public/og-image.png' })
    console.log('images: public/og-image.png')
  }
  finally {
    await server.close()
  }
}
finally {
  await browser.close()
}
