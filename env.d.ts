// Compile-time flags that Slidev's client sources use; vue-tsc checks those sources when a
// component imports @slidev/client, so they must be declared here.
declare const __DEV__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean

declare module 'file-saver'

// Set at build time by scripts/hosting.mjs (clientConstants).
interface ImportMetaEnv {
  /** The public address of the hosted deck, ending with "/"; '' when none is configured. */
  readonly SITE_URL: string
  /** Path of the slides PDF the site ships (WITH_PDF=1), or ''. */
  readonly SLIDES_PDF: string
  /** Path of the handout PDF the site ships (WITH_PDF=1 and `npm run export:handout` done), or ''. */
  readonly HANDOUT_PDF: string
}
