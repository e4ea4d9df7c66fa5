import { defineShortcutsSetup } from '@slidev/types'
import { withBlackScreen } from '../composables/blackScreen'
import { blackScreenKey, useBlackScreen } from '../composables/useBlackScreen'
import { withoutTimedRepeat } from '../workarounds/single-press'

export default defineShortcutsSetup((nav, base) => withBlackScreen(nav, withoutTimedRepeat(base), useBlackScreen(), blackScreenKey))
