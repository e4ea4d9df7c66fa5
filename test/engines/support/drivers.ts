// One small page interface over the two drivers: puppeteer-core drives Firefox ESR over WebDriver BiDi;
// selenium-webdriver drives WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display of its own.
// The functions given to `evaluate` run in the page: they must be self-contained (no outer names).
import type { ChildProcess } from 'node:child_process'
import type { EngineName } from '../../../scripts/engines.mjs'
import { spawn } from 'node:child_process'
import { ENGINES, findEngine } from '../../../scripts/engines.mjs'

/** The window the deck is tested in, as the Chromium suite's (playwright.config.ts). */
export const DESKTOP = { width: 1280, height: 720 }

export interface EnginePage {
  readonly name: EngineName
  /** Loads `url` as a new document and waits for its load event. */
  goto: (url: string) => Promise<void>
  url: () => Promise<string>
  evaluate: <A, R>(fn: (arg: A) => R, arg: A) => Promise<R>
  /** `fn` on the first element matching `selector`. */
  evaluateOn: <A, R>(selector: string, fn: (element: Element, arg: A) => R, arg: A) => Promise<R>
  press: (key: 'ArrowRight') => Promise<void>
  /** Sets the size of the page's viewport (the window's inner size, in CSS pixels). */
  resize: (size: { width: number, height: number }) => Promise<void>
  close: () => Promise<void>
}

/** Starts engine `name` with one page; a missing binary fails with one line saying what to install. */
export async function launch(name: EngineName): Promise<EnginePage> {
  const { paths, missing } = findEngine(name)
  if (missing)
    throw new Error(missing)
  return name === 'firefox' ? launchFirefox(paths.FIREFOX_PATH) : launchWebKit(paths)
}

// Each engine loads its own driver only (the runner loads this file for either).
async function launchFirefox(executablePath: string): Promise<EnginePage> {
  const { default: puppeteer } = await import('puppeteer-core')
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath, headless: true })
  const page = (await browser.pages())[0] ?? await browser.newPage()
  return {
    name: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    evaluateOn: (selector, fn, arg) => page.$eval(selector, fn as (element: Element, arg: unknown) => never, arg),
    press: key => page.keyboard.press(key),
    resize: size => page.setViewport(size),
    close: () => browser.close(),
  }
}

/**
 * MiniBrowser's window is never narrower than its toolbar (447 screen pixels), wider than a phone: WebKit
 * runs zoomed (GTK's font scale sets its page zoom), so that a 390 px viewport is a 585-pixel window.
 */
const WEBKIT_ZOOM = 1.5

async function launchWebKit(paths: Record<string, string>): Promise<EnginePage> {
  const { Builder, By, Key } = await import('selenium-webdriver')
  const { DriverService } = await import('selenium-webdriver/remote/index.js')
  const display = await startXvfb(paths.XVFB_PATH)
  const service = new DriverService.Builder(paths.WEBKIT_DRIVER_PATH)
    .setLoopback(true)
    .setEnvironment({ ...process.env as Record<string, string>, DISPLAY: display.name, GDK_DPI_SCALE: String(WEBKIT_ZOOM) })
    .build()
  try {
    const driver = await new Builder()
      .usingServer(await service.start())
      .withCapabilities({
        'browserName': 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: paths.MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build()
    const page: EnginePage = {
      name: 'webkit',
      goto: url => driver.get(url),
      url: () => driver.getCurrentUrl(),
      evaluate: (fn, arg) => driver.executeScript(fn, arg),
      evaluateOn: async (selector, fn, arg) => driver.executeScript(fn, await driver.findElement(By.css(selector)), arg),
      press: () => driver.actions().sendKeys(Key.ARROW_RIGHT).perform(),
      resize: async ({ width, height }) => {
        // The window's rectangle is in screen pixels and includes MiniBrowser's toolbar: set it, measure
        // the viewport once it has stopped changing (GTK resizes asynchronously), correct the rectangle
        // by the difference (at WEBKIT_ZOOM), measure again.
        const window = driver.manage().window()
        const viewport = () => driver.executeScript<[number, number]>('return [innerWidth, innerHeight]')
        let rect = { width: Math.round(width * WEBKIT_ZOOM), height: Math.round(height * WEBKIT_ZOOM) }
        let inner: [number, number] = [0, 0]
        for (let attempt = 0; attempt < 5; attempt++) {
          await window.setRect(rect)
          // Up to 2 s for the size asked for; else the size it keeps for 100 ms after the first 400.
          for (let poll = 0; poll < 20; poll++) {
            await new Promise(resolve => setTimeout(resolve, 100))
            const previous = String(inner)
            inner = await viewport()
            if ((inner[0] === width && inner[1] === height) || (poll >= 4 && String(inner) === previous))
              break
          }
          if (inner[0] === width && inner[1] === height)
            return
          rect = { width: rect.width + Math.round((width - inner[0]) * WEBKIT_ZOOM), height: rect.height + Math.round((height - inner[1]) * WEBKIT_ZOOM) }
        }
        throw new Error(`${ENGINES.webkit.title}'s viewport is ${inner.join('×')}, not ${width}×${height}`)
      },
      close: async () => {
        await driver.quit()
        await service.kill()
        display.stop()
      },
    }
    return page
  }
  catch (error) {
    await service.kill()
    display.stop()
    throw error
  }
}

/** Starts Xvfb on the first free display number (it writes the number to the pipe given by -displayfd). */
async function startXvfb(executable: string): Promise<{ name: string, stop: () => void }> {
  const server: ChildProcess = spawn(executable, ['-displayfd', '3', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp', '-terminate'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] })
  let errors = ''
  server.stderr!.on('data', (chunk) => {
    errors += chunk
  })
  const number = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdio[3]!.on('data', (chunk) => {
      out += chunk
      if (out.includes('\n'))
        resolve(out.trim())
    })
    server.on('exit', code => reject(new Error(`Xvfb exited with ${code} before it served a display: ${errors.trim()}`)))
  })
  return { name: `:${number}`, stop: () => server.kill() }
}
