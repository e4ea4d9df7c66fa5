// The virtual module of scripts/narrative-plugin.mjs: the talk's narrative, for the reading page only.
declare module 'virtual:narrative' {
  const narrative: import('./useNarrative').NarrativeSlide[]
  export default narrative
}
