import { defineConfig } from 'vite'

// Only the workaround the pinned Slidev needs to build at all (its reason: vite.config.ts).
export default defineConfig({
  css: { lightningcss: { errorRecovery: true } },
})
