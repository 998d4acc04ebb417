import { gatewayLabelBox, xmlText, type Box, type LaidNode, type Layout } from './bpmn-layout-geometry';

// The starter diagram as SVG, drawn from the same layout as its BPMN DI. Only plain shapes, paths and text
// (no markers, CSS or scripts), so pdfmake's SVG renderer draws it as vector and a sanitiser keeps all of it.

const FONT_SIZE = 12;
const LINE = 15;
const STROKE = '#22242a';

/** Advance width in em: CJK and full-width forms are square, Latin about half. */
function charWidth(ch: string): number {
	if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/.test(ch)) return 1;
	if (ch === ' ') return 0.3;
	return /[A-Z0-9MW]/.test(ch) ? 0.65 : 0.55;
}

/**
 * Wraps a label into lines no wider than `maxEm`: CJK breaks between any two characters, a Latin word only when
 * it alone is too long; past `maxLines` the last line ends with an ellipsis.
 */
export function wrapLabel(text: string, maxEm: number, maxLines: number): string[] {
	const tokens =
		text
			.trim()
			.match(
				/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g
			) ?? [];
	const lines: string[] = [];
	let line = '';
	let width = 0;
	const push = () => {
		if (line.trim()) lines.push(line.trim());
		line = '';
		width = 0;
	};
	for (const token of tokens) {
		if (/^\s+$/.test(token)) {
			if (line) {
				line += ' ';
				width += 0.3;
			}
			continue;
		}
		const w = [...token].reduce((sum, ch) => sum + charWidth(ch), 0);
		if (width + w <= maxEm) {
			line += token;
			width += w;
			continue;
		}
		if (w <= maxEm) {
			push();
			line = token;
			width = w;
			continue;
		}
		for (const ch of token) {
			const cw = charWidth(ch);
			if (width + cw > maxEm) push();
			line += ch;
			width += cw;
		}
	}
	push();
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${[...kept[maxLines - 1]].slice(0, -1).join('')}…`;
	return kept;
}

function text(lines: string[], cx: number, cy: number, extra = ''): string {
	const top = cy - ((lines.length - 1) * LINE) / 2;
	const spans = lines
		.map((l, i) => `<tspan x="${cx}" y="${top + i * LINE + FONT_SIZE * 0.35}">${xmlText(l)}</tspan>`)
		.join('');
	return `<text text-anchor="middle"${extra}>${spans}</text>`;
}

/** A label turned to read bottom-up, centred in its band (the pool's and lanes' names). */
function verticalLabel(name: string, band: Box): string {
	const lines = wrapLabel(name, (band.height - 10) / FONT_SIZE, 1);
	if (!lines.length) return '';
	const cx = band.x + band.width / 2;
	const cy = band.y + band.height / 2;
	return `<text text-anchor="middle" transform="rotate(-90 ${cx} ${cy})"><tspan x="${cx}" y="${cy + FONT_SIZE * 0.35}">${xmlText(lines[0])}</tspan></text>`;
}

function nodeSvg(n: LaidNode): string {
	const cx = n.x + n.width / 2;
	const cy = n.y + n.height / 2;
	const r = n.width / 2;
	switch (n.kind) {
		case 'start':
			return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" stroke="${STROKE}" stroke-width="2"/>`;
		case 'end':
			return `<circle cx="${cx}" cy="${cy}" r="${r - 2}" fill="#ffffff" stroke="${STROKE}" stroke-width="4"/>`;
		case 'gateway': {
			const label = gatewayLabelBox(n);
			const lines = wrapLabel(n.name, label.width / FONT_SIZE, 2);
			return (
				`<path d="M${cx} ${n.y} L${n.x + n.width} ${cy} L${cx} ${n.y + n.height} L${n.x} ${cy} Z" fill="#ffffff" stroke="${STROKE}" stroke-width="2"/>` +
				`<path d="M${cx - 8} ${cy - 8} L${cx + 8} ${cy + 8} M${cx + 8} ${cy - 8} L${cx - 8} ${cy + 8}" fill="none" stroke="${STROKE}" stroke-width="3"/>` +
				text(lines, cx, label.y + label.height - (lines.length * LINE) / 2)
			);
		}
		default: {
			const lines = wrapLabel(n.name, (n.width - 12) / FONT_SIZE, 4);
			// A user task (done in the CRM) carries a small person mark in its corner, as BPMN draws it.
			const user =
				n.kind === 'userTask'
					? `<circle cx="${n.x + 14}" cy="${n.y + 12}" r="4" fill="none" stroke="${STROKE}"/><path d="M${n.x + 7} ${n.y + 24} Q${n.x + 14} ${n.y + 14} ${n.x + 21} ${n.y + 24} Z" fill="none" stroke="${STROKE}"/>`
					: '';
			return (
				`<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="10" ry="10" fill="#ffffff" stroke="${STROKE}" stroke-width="2"/>` +
				user +
				text(lines, cx, cy + (n.kind === 'userTask' ? 4 : 0))
			);
		}
	}
}

function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }): string {
	const angle = Math.atan2(to.y - from.y, to.x - from.x);
	const at = (a: number) =>
		`${round(to.x - 10 * Math.cos(angle + a))} ${round(to.y - 10 * Math.sin(angle + a))}`;
	return `<path d="M${to.x} ${to.y} L${at(0.4)} L${at(-0.4)} Z" fill="${STROKE}" stroke="${STROKE}"/>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function drawStarterSvg(layout: Layout, fontFamily: string): string {
	const { pool } = layout;
	const parts: string[] = [
		`<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
		`<rect x="${pool.x}" y="${pool.y}" width="${pool.width}" height="${pool.height}" fill="#ffffff" stroke="${STROKE}" stroke-width="1.5"/>`,
		verticalLabel(pool.name, { x: pool.x, y: pool.y, width: 30, height: pool.height })
	];
	for (const lane of layout.lanes) {
		parts.push(
			`<rect x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}" fill="none" stroke="${STROKE}" stroke-width="1"/>`,
			verticalLabel(lane.name, { x: lane.x, y: lane.y, width: 30, height: lane.height })
		);
	}
	for (const flow of layout.flows) {
		const d = flow.points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
		parts.push(`<path d="${d}" fill="none" stroke="${STROKE}" stroke-width="1.5"/>`);
		const [a, b] = flow.points.slice(-2);
		parts.push(arrowHead(a, b));
		if (flow.name) {
			const [p, q] = flow.points;
			const down = q.y > p.y;
			parts.push(
				`<text x="${p.x + (down ? 6 : 8)}" y="${p.y + (down ? 16 : -6)}">${xmlText(flow.name)}</text>`
			);
		}
	}
	for (const node of layout.nodes) parts.push(nodeSvg(node));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-family="${xmlText(fontFamily)}">`,
		// Text settings on a group, not the root: a printer that rebuilds the root keeps its children's.
		`<g font-size="${FONT_SIZE}" fill="${STROKE}">`,
		...parts.filter(Boolean),
		'</g>',
		'</svg>',
		''
	].join('\n');
}
