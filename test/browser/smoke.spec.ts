import { expect, test } from '@playwright/test'
import { walkDeck } from './support/deck'

test('the deck can be walked from the first slide to the last', async ({ page }) => {
  const steps = await walkDeck(page)
  expect(steps.length).toBeGreaterThan(5)
})
