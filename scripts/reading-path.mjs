// Where the reading page lives under the site's base path, for the app's route (setup/routes.ts), the
// folder the build writes its HTML to (scripts/reading-html.mjs) and the hosts' rules (scripts/hosting.mjs).
export const READING_DIR = 'lire'
