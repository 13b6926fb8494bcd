/** Filling the intake form as a person would. */
import type { Page } from "playwright-core";

export interface IntakeInput {
  from: string;
  to: string;
  place?: string;
  category: string;
  description: string;
  explosions?: number;
  /** Click the map this far from its centre (fractions of its size) to set the location. */
  mapClick?: { x: number; y: number };
}

export async function waitForMap(page: Page, testId = "location-map"): Promise<void> {
  await page
    .locator(`[data-testid="${testId}"] canvas[data-ready="true"]`)
    .waitFor({ timeout: 30_000 });
}

export async function fillIntake(page: Page, input: IntakeInput): Promise<void> {
  await page.locator("#occurredFrom").fill(input.from);
  await page.locator("#occurredTo").fill(input.to);
  if (input.mapClick) {
    await waitForMap(page);
    const canvas = page.locator('[data-testid="location-map"] canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.click({
      position: {
        x: box.width * (0.5 + input.mapClick.x),
        y: box.height * (0.5 + input.mapClick.y),
      },
    });
  }
  if (input.place) await page.locator("#placeName").fill(input.place);
  await page.locator("#category").selectOption(input.category);
  await page.locator("#description").fill(input.description);
  if (input.explosions !== undefined) {
    await page.locator("#count-explosions").fill(String(input.explosions));
  }
}
