// Self-hosted faces: the deck must render identically with no network (Slidev's font provider is off).
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/800.css'
import '@fontsource/fira-code/400.css'
import './states.css'
import './deck.css'
import './reduced-motion.css'
