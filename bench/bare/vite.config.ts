import { defineConfig } from 'vite'

// Only the workaround the pinned Slidev needs to build at all (README, "Why the workarounds").
export default defineConfig({
  css: { lightningcss: { errorRecovery: true } },
})
