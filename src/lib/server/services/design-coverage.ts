import { designCoverage, type DesignCoverage } from '../../design/coverage';
import type { Conn } from '../db';
import { loadCoverageFacts } from '../repo/design-coverage';

/** How far the project's design chain reaches, with the objects that fall short (src/lib/design/coverage.ts). */
export async function getDesignCoverage(db: Conn, projectId: string): Promise<DesignCoverage> {
	return designCoverage(await loadCoverageFacts(db, projectId));
}
