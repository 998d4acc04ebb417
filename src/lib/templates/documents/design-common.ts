import type { Locale, MessageKey } from '../../i18n';
import { roleKey } from '../../i18n/labels';
import { isRoleId } from '../../raci/roles';
import type { Channel, ProcessDomain } from '../../design/types';
import type { ApprovalBlock } from './approval';
import { dataTable, FONT, instant, muted, tr } from './frame';
import type { DocumentMeta, Node } from './model';
import { printableSvg } from './svg-print';

/** Shared by the four diagnosis and redesign documents: how a process's diagram and step list print. */

export interface DesignStepLine {
	name: string;
	roleId: string | null;
	/** The lane's or person's own words; printed in preference to the catalogue role. */
	roleName: string;
	crmFunction: string;
	channel: Channel | null;
}

/** The latest diagram version of a process as the document prints it. */
export interface DesignDiagram {
	version: number;
	source: 'editor' | 'import';
	savedAt: string;
	savedBy: string;
	/** The SVG bpmn-js exported when it was saved; null for an imported file nobody has opened and saved yet. */
	svg: string | null;
	/** Left out because the document had reached its budget of diagram bytes. */
	omitted: boolean;
}

/** What every design document carries besides its own lists. */
export interface DesignDocumentBase {
	meta: DocumentMeta;
	approval: ApprovalBlock;
}

/** The width of an A4 portrait page inside the frame's margins, and the most height a diagram may take. */
const PAGE_WIDTH = 515;
const DIAGRAM_HEIGHT = 620;

export const domainLabel = (lang: Locale, domain: ProcessDomain) =>
	tr(lang)(`design.domain.${domain}` as MessageKey);
export const channelLabel = (lang: Locale, channel: Channel) =>
	tr(lang)(`design.channel.${channel}` as MessageKey);

export function roleLabel(step: Pick<DesignStepLine, 'roleId' | 'roleName'>, lang: Locale): string {
	if (step.roleName.trim()) return step.roleName;
	return step.roleId && isRoleId(step.roleId) ? tr(lang)(roleKey(step.roleId)) : '—';
}

/** A heading inside a process's section: kept out of the table of contents, which lists the processes. */
export const label = (text: string): Node => ({ text, bold: true, margin: [0, 6, 0, 3], headlineLevel: 3 });

/** List, group and label punctuation as each language prints it (、；： in Chinese, never in English). */
export const punct = (lang: Locale) =>
	lang === 'en' ? { list: ', ', group: '; ', colon: ': ' } : { list: '、', group: '；', colon: '：' };

const dash = (s: string | null | undefined) => (s && s.trim() ? s : '—');

/** The ordered steps with the role doing each, and for a to-be process the CRM function used. */
export function stepTable(steps: readonly DesignStepLine[], lang: Locale, crm: boolean): Node {
	const t = tr(lang);
	if (!steps.length) return muted(t('designDoc.noSteps'));
	const headers = [t('designDoc.col.no'), t('designDoc.col.step'), t('designDoc.col.role')];
	if (crm) headers.push(t('designDoc.col.crmFunction'));
	headers.push(t('designDoc.col.channel'));
	return dataTable(
		headers,
		steps.map((s, i) => [
			String(i + 1),
			{ text: s.name },
			{ text: roleLabel(s, lang) },
			...(crm ? [{ text: dash(s.crmFunction) }] : []),
			s.channel ? channelLabel(lang, s.channel) : '—'
		]),
		crm ? [24, '*', 90, 100, 60] : [24, '*', 110, 70]
	);
}

/**
 * The diagram drawn as vector graphics, scaled to the page width, above the step list; where there is nothing
 * safe to draw, the step list alone with a note saying why.
 */
export function diagramAndSteps(
	diagram: DesignDiagram | null,
	steps: readonly DesignStepLine[],
	meta: DocumentMeta,
	lang: Locale,
	crm: boolean
): Node[] {
	const t = tr(lang);
	const drawing =
		diagram && diagram.svg !== null && !diagram.omitted ? printableSvg(diagram.svg, FONT) : null;
	const note: MessageKey | null = !diagram
		? 'designDoc.diagram.none'
		: diagram.omitted
			? 'designDoc.diagram.omitted'
			: diagram.svg === null
				? 'designDoc.diagram.notSaved'
				: !drawing
					? 'designDoc.diagram.unreadable'
					: null;
	const heading = label(t('designDoc.diagram'));
	const out: Node[] = [];
	const caption = diagram
		? muted(
				t('designDoc.diagram.caption', {
					version: diagram.version,
					by: diagram.savedBy,
					at: instant(lang, meta, diagram.savedAt)
				})
			)
		: null;
	if (drawing) {
		const scale = Math.min(PAGE_WIDTH / drawing.width, DIAGRAM_HEIGHT / drawing.height);
		out.push({
			// The heading stays with its drawing rather than alone at the foot of a page.
			stack: [
				heading,
				caption!,
				{
					svg: drawing.svg,
					width: Math.round(drawing.width * scale * 100) / 100,
					height: Math.round(drawing.height * scale * 100) / 100,
					font: FONT,
					alignment: 'center',
					margin: [0, 2, 0, 8]
				}
			],
			unbreakable: true
		});
	} else {
		out.push(heading);
		if (caption) out.push(caption);
		if (note) out.push(muted(t(note)));
	}
	out.push(label(t('designDoc.steps')), stepTable(steps, lang, crm));
	return out;
}

export const orDash = dash;
