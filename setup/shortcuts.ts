import { defineShortcutsSetup } from '@slidev/types'
import { withBlackScreen } from '../composables/blackScreen'
import { blackScreenKey, useBlackScreen } from '../composables/useBlackScreen'

export default defineShortcutsSetup((nav, base) => withBlackScreen(nav, base, useBlackScreen(), blackScreenKey))
