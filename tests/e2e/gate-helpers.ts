import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The gate page's computed items ("根据项目数据核对"). */
export const computedRegion = (page: Page) => page.getByRole('region', { name: '根据项目数据核对' });

/** Waives, one by one through its own form, every exception the gate page still lists without a waiver. */
export async function waiveAll(page: Page, reason: string) {
	const region = computedRegion(page);
	const forms = region.locator('form[action="?/waive"]');
	for (let left = await forms.count(); left > 0; left = await forms.count()) {
		await region
			.getByText(/^豁免:/)
			.first()
			.click();
		await region
			.getByLabel(/^豁免理由/)
			.first()
			.fill(reason);
		await region.getByRole('button', { name: '记录豁免' }).first().click();
		await expect(forms).toHaveCount(left - 1);
	}
}
